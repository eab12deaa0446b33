import { useEffect, useState } from 'react';
import type { EditorController } from '../editor/controller';
import { useI18n } from '../i18n';

/** Offered after a paste that looks like Bijoy (legacy ANSI) text; converting is one undo step. */
export function BijoyBanner({ editor }: { editor: EditorController }) {
  const i18n = useI18n();
  const [offered, setOffered] = useState(false);
  useEffect(() => editor.onUi((ui) => setOffered(ui.bijoy !== null)), [editor]);
  if (!offered) return null;
  return (
    <div className="bijoy-banner" role="alert">
      <p>{i18n.t('bijoyDetected')}</p>
      <button
        type="button"
        className="button primary"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.answerBijoy(true)}
      >
        {i18n.t('bijoyConvert')}
      </button>
      <button
        type="button"
        className="button quiet"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.answerBijoy(false)}
      >
        {i18n.t('bijoyKeep')}
      </button>
    </div>
  );
}
