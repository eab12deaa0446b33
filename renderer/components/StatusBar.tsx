import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { DraftStatus } from '../../core/document/draft';
import { DRAFT_STATUSES } from '../../core/document/draft';
import { readingMinutes } from '../../core/bengali/words';
import type { EditorController } from '../editor/controller';
import type { SaveController, SaveState } from '../save-controller';
import { useI18n } from '../i18n';
import { shortcutLabel } from './shortcuts';
import { ReviewStatus } from './ReviewToggle';
import type { MessageKey } from '../i18n';
import { useText } from '../i18n';
import { deskMessages } from './i18n-desk';

/** The status menu's last choice: not a status, the desk (which sets the status to review). */
const SEND_TO_DESK = 'send-to-desk';

interface StatusBarProps {
  editor: EditorController;
  saver: SaveController;
  /** The open draft's status, or null when none is open. */
  status: DraftStatus | null;
  onStatus(status: DraftStatus): void;
  /** Offered in the status menu when a desk folder is set. */
  onSendToDesk?: () => void;
  onSave(): void;
  /** Controls shown at the right, before the save state (text size, language). */
  children?: ReactNode;
}

const SAVE_LABEL: Record<SaveState['kind'], MessageKey> = {
  saved: 'saveSaved',
  dirty: 'saveDirty',
  saving: 'saveSaving',
  failed: 'saveFailed',
};

export function StatusBar({ editor, saver, status, onStatus, onSendToDesk, onSave, children }: StatusBarProps) {
  const i18n = useI18n();
  const desk = useText(deskMessages);
  const [words, setWords] = useState(0);
  const [phonetic, setPhonetic] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>(saver.current);
  useEffect(() => saver.subscribe(setSaveState), [saver]);
  useEffect(() => editor.onWords(setWords), [editor]);
  useEffect(() => editor.onUi((ui) => setPhonetic(ui.phonetic)), [editor]);
  return (
    <footer className="status-bar">
      <span className="status-words" data-words={words}>
        {i18n.t('words', { n: words })}
      </span>
      <span className="status-reading">{i18n.t('readingTime', { n: readingMinutes(words) })}</span>
      {status && (
        <label className="status-select">
          <span>{i18n.t('statusLabel')}</span>
          <select
            value={status}
            onChange={(event) => (event.target.value === SEND_TO_DESK ? onSendToDesk?.() : onStatus(event.target.value as DraftStatus))}
          >
            {DRAFT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {i18n.status(s)}
              </option>
            ))}
            {onSendToDesk && <option value={SEND_TO_DESK}>{desk('deskSend')}</option>}
          </select>
        </label>
      )}
      <button
        type="button"
        className={phonetic ? 'phonetic-toggle on' : 'phonetic-toggle'}
        aria-pressed={phonetic}
        title={`${i18n.t('phoneticTitle')} (${shortcutLabel('Mod-M')})`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.togglePhonetic()}
      >
        {i18n.t('phonetic')}: {i18n.t(phonetic ? 'phoneticOn' : 'phoneticOff')}
      </button>
      <ReviewStatus editor={editor} />
      <span className="status-spacer" />
      {children}
      <span className={`save-state save-${saveState.kind}`} role="status" aria-live="polite" data-save={saveState.kind}>
        {i18n.t(SAVE_LABEL[saveState.kind])}
        {saveState.kind === 'failed' && <span className="save-error">: {i18n.error(saveState.error)}</span>}
      </span>
      {(saveState.kind === 'failed' || saveState.kind === 'dirty') && (
        <button type="button" className="button quiet" onClick={onSave}>
          {saveState.kind === 'failed' ? i18n.t('retry') : i18n.t('saveNow')}
        </button>
      )}
    </footer>
  );
}
