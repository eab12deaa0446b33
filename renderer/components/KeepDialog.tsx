import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

interface KeepDialogProps {
  /** Names the dialog for assistive technology and for tests. */
  kind: 'recovery' | 'conflict';
  title: string;
  children: ReactNode;
  /** The two texts the user chooses between; both are kept, whichever is taken. */
  choices: { label: string; action: string; onChoose(): void }[];
  /** Escape or "decide later": nothing is chosen and nothing is discarded. */
  onLater(): void;
}

/**
 * A modal question about which of two texts to work on. Focus starts on the first choice; Escape
 * leaves the question for later. The caller returns focus to the editor.
 */
export function KeepDialog({ kind, title, children, choices, onLater }: KeepDialogProps) {
  const i18n = useI18n();
  const first = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus goes to the first choice when a new question is asked.
  useEffect(() => first.current?.focus(), [kind, title]);
  return (
    <div className="keep-backdrop">
      <div
        className={`keep-dialog keep-${kind}`}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`keep-${kind}-title`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onLater();
          } else if (event.key === 'Tab') {
            // Modal: Tab goes round the dialog's buttons, never to the text behind it.
            const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
            const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
            event.preventDefault();
            buttons[next]?.focus();
          }
        }}
      >
        <h2 id={`keep-${kind}-title`}>{title}</h2>
        {children}
        <div className="keep-actions">
          {choices.map((choice, i) => (
            <button
              key={choice.action}
              ref={i === 0 ? first : undefined}
              type="button"
              className={i === 0 ? 'button primary' : 'button'}
              data-action={choice.action}
              onClick={choice.onChoose}
            >
              {choice.label}
            </button>
          ))}
          <button type="button" className="button quiet" data-action="later" onClick={onLater}>
            {i18n.t('decideLater')}
          </button>
        </div>
      </div>
    </div>
  );
}
