import { useEffect, useRef } from 'react';
import { emptyDocJSON } from '../../core/document/schema';
import type { EditorController } from '../editor/controller';
import { useI18n } from '../i18n';

/** Mounts the ProseMirror view once; from then on ProseMirror owns this DOM, not React. */
export function EditorPane({ editor, hidden }: { editor: EditorController; hidden: boolean }) {
  const i18n = useI18n();
  const place = useRef<HTMLElement>(null);
  useEffect(() => {
    editor.mount(place.current!, emptyDocJSON());
    return () => editor.destroy();
  }, [editor]);
  return (
    <div className={hidden ? 'editor-scroll hidden' : 'editor-scroll'}>
      <section className="editor-page" ref={place} aria-label={i18n.t('editorRegion')} />
    </div>
  );
}
