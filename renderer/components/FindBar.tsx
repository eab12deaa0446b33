import { useEffect, useRef, useState } from 'react';
import type { EditorController } from '../editor/controller';
import type { FindState } from '../editor/find';
import { useI18n } from '../i18n';

interface FindBarProps {
  editor: EditorController;
  onClose(): void;
  /** Bumped each time Find is asked for again, to re-focus the field. */
  focusToken: number;
}

export function FindBar({ editor, onClose, focusToken }: FindBarProps) {
  const i18n = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Pick<FindState, 'matches' | 'current'>>({ matches: [], current: -1 });

  useEffect(() => editor.onUi(({ find }) => setFound({ matches: find.matches, current: find.current })), [editor]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusToken is the trigger: each Ctrl+F focuses and selects the field again.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusToken]);
  // Closing the bar clears the highlights.
  useEffect(() => () => editor.find(''), [editor]);

  const close = () => {
    onClose();
    editor.focus();
  };

  const count = found.matches.length;
  return (
    <search className="find-bar">
      <input
        ref={input}
        type="search"
        lang="bn"
        className="find-input"
        aria-label={i18n.t('find')}
        placeholder={i18n.t('find')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          editor.find(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            editor.findStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {query === '' ? '' : count === 0 ? i18n.t('findNone') : i18n.t('findCount', { i: found.current + 1, n: count })}
      </span>
      <button type="button" className="button quiet" disabled={count === 0} onClick={() => editor.findStep(-1)}>
        {i18n.t('findPrevious')}
      </button>
      <button type="button" className="button quiet" disabled={count === 0} onClick={() => editor.findStep(1)}>
        {i18n.t('findNext')}
      </button>
      <button type="button" className="button quiet" onClick={close}>
        {i18n.t('close')}
      </button>
    </search>
  );
}
