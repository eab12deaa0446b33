import type { RecoveryOffer } from '../../core/api/newsroom-api';
import { useI18n } from '../i18n';
import { KeepDialog } from './KeepDialog';

interface RecoveryDialogProps {
  offer: RecoveryOffer;
  onOpenRecovered(): void;
  onKeepSaved(): void;
  onLater(): void;
}

/** Offers back the typing the app had not saved when it last stopped, beside what was saved. */
export function RecoveryDialog({ offer, onOpenRecovered, onKeepSaved, onLater }: RecoveryDialogProps) {
  const i18n = useI18n();
  return (
    <KeepDialog
      kind="recovery"
      title={i18n.t('recoveryTitle')}
      choices={[
        { label: i18n.t('recoveryOpen'), action: 'open-recovered', onChoose: onOpenRecovered },
        { label: i18n.t('recoveryKeepSaved'), action: 'keep-saved', onChoose: onKeepSaved },
      ]}
      onLater={onLater}
    >
      <p>{i18n.t('recoveryIntro')}</p>
      <p className="keep-headline" lang="bn">
        {offer.headline || i18n.t('untitled')}
      </p>
      <ul className="keep-texts">
        <li className="keep-recovered">{i18n.t('recoveryRecovered', { time: i18n.time(offer.journaledAt), n: offer.wordCount })}</li>
        <li className="keep-saved">
          {offer.saved
            ? i18n.t('recoverySaved', { time: i18n.time(offer.saved.updatedAt), n: offer.saved.wordCount })
            : i18n.t('recoveryNoSaved')}
        </li>
      </ul>
      <p className="keep-note">{i18n.t('recoveryKeptNote')}</p>
    </KeepDialog>
  );
}
