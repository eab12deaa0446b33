import { useEffect, useState } from 'react';
import type { EditorController } from '../editor/controller';
import { toggleSuggest } from '../plugins/suggest';
import { useText } from '../i18n';
import { reviewMessages } from './i18n-review';
import { shortcutLabel } from './shortcuts';

/** Whether suggest mode is on, as the editor last told. */
export function useSuggestMode(editor: EditorController): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => editor.onUi((ui) => setOn(ui.suggest)), [editor]);
  return on;
}

/** The toolbar's suggest-mode toggle (Mod-Shift-X). */
export function ReviewToggle({ editor }: { editor: EditorController }) {
  const t = useText(reviewMessages);
  const on = useSuggestMode(editor);
  return (
    <div className="tool-group">
      <button
        type="button"
        className={on ? 'tool suggest-toggle on' : 'tool suggest-toggle'}
        aria-pressed={on}
        data-action="toggle-suggest"
        title={`${t('suggestTitle')} (${shortcutLabel('Shift-Mod-X')})`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.run(toggleSuggest)}
      >
        {t('suggestMode')}
      </button>
    </div>
  );
}

/** The status bar's word for the mode: suggesting or editing directly. */
export function ReviewStatus({ editor }: { editor: EditorController }) {
  const t = useText(reviewMessages);
  const on = useSuggestMode(editor);
  return (
    <span className={on ? 'status-suggest on' : 'status-suggest'} data-suggest={on ? 'on' : 'off'} role="status">
      {t(on ? 'suggestOn' : 'suggestOff')}
    </span>
  );
}
