import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { AppError } from '../../core/api/result';
import type { EntityType, GlossaryEntry } from '../../core/glossary/types';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'org', 'other'];

interface GlossaryEntryFormProps {
  /** The spelling as the finding found it; the writer may trim a case ending off it. */
  initialBn: string;
  /** Stores the entry; resolves to the error to show, or null once it is stored. */
  onSubmit(entry: GlossaryEntry): Promise<AppError | null>;
  onClose(): void;
}

/**
 * "Add to glossary" asks for what the glossary needs of a name: its English form and what it names.
 * The main process validates again; the checks here only spare the writer a round trip.
 */
export function GlossaryEntryForm({ initialBn, onSubmit, onClose }: GlossaryEntryFormProps) {
  const i18n = useI18n();
  const english = useRef<HTMLInputElement>(null);
  const [bn, setBn] = useState(initialBn);
  const [en, setEn] = useState('');
  const [type, setType] = useState<EntityType>('person');
  const [problem, setProblem] = useState<MessageKey | AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => english.current?.focus(), []);

  const submit = async () => {
    if (!/\p{Script=Bengali}/u.test(bn)) return setProblem('glossaryBnRequired');
    if (!/\p{Script=Latin}/u.test(en)) return setProblem('glossaryEnRequired');
    setBusy(true);
    const error = await onSubmit({ bn: bn.trim().normalize('NFC'), en: en.trim(), variants: [], type });
    setBusy(false);
    if (error) setProblem(error);
    else onClose();
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <form
      className="glossary-form"
      aria-label={i18n.t('glossaryForm')}
      onKeyDown={closeOnEscape}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        <span>{i18n.t('glossaryBn')}</span>
        <input
          className="glossary-bn"
          type="text"
          lang="bn"
          spellCheck={false}
          value={bn}
          aria-invalid={problem === 'glossaryBnRequired'}
          onChange={(event) => {
            setBn(event.target.value);
            setProblem(null);
          }}
        />
      </label>
      <label>
        <span>{i18n.t('glossaryEn')}</span>
        <input
          ref={english}
          className="glossary-en"
          type="text"
          lang="en"
          spellCheck={false}
          aria-required="true"
          value={en}
          aria-invalid={problem === 'glossaryEnRequired'}
          onChange={(event) => {
            setEn(event.target.value);
            setProblem(null);
          }}
        />
      </label>
      <label>
        <span>{i18n.t('glossaryType')}</span>
        <select className="glossary-type" value={type} onChange={(event) => setType(event.target.value as EntityType)}>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {i18n.t(`entity_${t}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button primary" disabled={busy}>
        {i18n.t('glossaryAdd')}
      </button>
      <button type="button" className="button quiet" onClick={onClose}>
        {i18n.t('cancel')}
      </button>
      {problem && (
        <p className="glossary-problem" role="alert">
          {typeof problem === 'string' ? i18n.t(problem) : i18n.error(problem)}
        </p>
      )}
    </form>
  );
}
