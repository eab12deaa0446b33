import type { AppError } from '../../core/api/result';
import { useI18n } from '../i18n';
import { KeepDialog } from './KeepDialog';

interface ConflictDialogProps {
  /** The refused save's error: it says what happened to the file. */
  error: AppError;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onLater(): void;
}

/** The draft's file changed on disk behind the app: which text to go on with. */
export function ConflictDialog({ error, onKeepMine, onTakeTheirs, onLater }: ConflictDialogProps) {
  const i18n = useI18n();
  return (
    <KeepDialog
      kind="conflict"
      title={i18n.t('conflictTitle')}
      choices={[
        { label: i18n.t('conflictMine'), action: 'keep-mine', onChoose: onKeepMine },
        { label: i18n.t('conflictTheirs'), action: 'take-theirs', onChoose: onTakeTheirs },
      ]}
      onLater={onLater}
    >
      <p className="keep-reason">{i18n.error(error)}</p>
      <p className="keep-note">{i18n.t('conflictNote')}</p>
    </KeepDialog>
  );
}
