import { useEffect, useRef, useState } from 'react';
import type { EditorController } from '../editor/controller';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';

interface LinkDialogProps {
  editor: EditorController;
  /** The link already on the selection, if any. */
  initial: string | null;
  onClose(): void;
}

/** Electron has no window.prompt, so Mod-K opens this small form above the text instead. */
export function LinkDialog({ editor, initial, onClose }: LinkDialogProps) {
  const i18n = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [address, setAddress] = useState(initial ?? 'https://');
  const [problem, setProblem] = useState<MessageKey | null>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (value: string) => {
    const outcome = editor.setLink(value);
    if (outcome === 'invalid') setProblem('linkInvalid');
    else if (outcome === 'no-selection') setProblem('linkNeedsSelection');
    else onClose();
  };
  const cancel = () => {
    onClose();
    editor.focus();
  };

  return (
    <form
      className="link-dialog"
      onSubmit={(event) => {
        event.preventDefault();
        finish(address);
      }}
    >
      <label>
        <span>{i18n.t('linkAddress')}</span>
        <input
          ref={input}
          type="text"
          inputMode="url"
          spellCheck={false}
          value={address}
          aria-invalid={problem !== null}
          onChange={(event) => {
            setAddress(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            }
          }}
        />
      </label>
      <button type="submit" className="button primary">
        {i18n.t('linkApply')}
      </button>
      {initial !== null && (
        <button type="button" className="button" onClick={() => finish('')}>
          {i18n.t('linkRemove')}
        </button>
      )}
      <button type="button" className="button quiet" onClick={cancel}>
        {i18n.t('cancel')}
      </button>
      {problem && (
        <p className="link-problem" role="alert">
          {i18n.t(problem)}
        </p>
      )}
    </form>
  );
}
