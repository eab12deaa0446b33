import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../core/checks/types';
import type { HoverTarget } from '../plugins/checks';
import { useI18n } from '../i18n';

/**
 * What can be done with a finding, from the panel or the hover card. Findings are named by their
 * object, which stays the same while the editor maps its underline; the editor knows where it is now.
 */
export interface FindingActions {
  apply(finding: Finding, suggestion: string): void;
  ignore(finding: Finding): void;
  /** Applies the first suggestion of every finding of this kind; one undo step. */
  fixAll(finding: Finding): void;
  select(finding: Finding): void;
  /** Offered for names the glossary does not know; absent when there is nowhere to add them. */
  addToGlossary?(finding: Finding): void;
  /** Offered for a word the spelling check does not know: the user's dictionary keeps it. */
  addToDictionary?(finding: Finding): void;
}

/** A name the glossary does not know but that looks like one it does: adding it ends the near miss. */
export function isUnknownName(finding: Finding): boolean {
  return finding.rule === 'entity/unknown-near';
}

/** Buttons act on the editor, so they must not take the focus (and the selection) from it. */
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

export interface FindingDetailsProps {
  finding: Finding;
  /** How many findings of this kind a "fix all" would change. */
  kind: number;
  actions: FindingActions;
}

/**
 * A finding's message in the interface language, the other language on hover: both at once made each
 * entry twice as tall, and about four fitted on screen.
 */
export function FindingDetails({ finding, kind, actions }: FindingDetailsProps) {
  const i18n = useI18n();
  const other = i18n.lang === 'bn' ? 'en' : 'bn';
  return (
    <div className="finding-details">
      <p className="finding-message" lang={i18n.lang} title={finding.message[other]} data-other-lang={other}>
        {finding.message[i18n.lang]}
      </p>
      <div className="finding-actions">
        {finding.suggestions.map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            className="button primary finding-apply"
            data-suggestion={suggestion}
            onMouseDown={keepFocus}
            onClick={() => actions.apply(finding, suggestion)}
          >
            {suggestion === '' ? i18n.t('deleteSpan') : i18n.t('replaceWith', { text: suggestion.trim() })}
          </button>
        ))}
        {kind > 1 && (
          <button
            type="button"
            className="button finding-fix-all"
            title={i18n.t('fixAllTitle')}
            onMouseDown={keepFocus}
            onClick={() => actions.fixAll(finding)}
          >
            {i18n.t('fixAll', { n: kind })}
          </button>
        )}
        {actions.addToGlossary && isUnknownName(finding) && (
          <button
            type="button"
            className="button quiet finding-add-glossary"
            title={i18n.t('addToGlossaryTitle')}
            onMouseDown={keepFocus}
            onClick={() => actions.addToGlossary!(finding)}
          >
            {i18n.t('addToGlossary')}
          </button>
        )}
        {actions.addToDictionary && finding.rule === 'spelling/unknown' && (
          <button
            type="button"
            className="button quiet finding-add-dictionary"
            title={i18n.t('addToDictionaryTitle')}
            onMouseDown={keepFocus}
            onClick={() => actions.addToDictionary!(finding)}
          >
            {i18n.t('addToDictionary')}
          </button>
        )}
        <button
          type="button"
          className="button quiet finding-ignore"
          title={i18n.t('ignoreTitle')}
          onMouseDown={keepFocus}
          onClick={() => actions.ignore(finding)}
        >
          {i18n.t('ignore')}
        </button>
      </div>
    </div>
  );
}

export interface FindingCardProps {
  findings: Finding[];
  /** Viewport coordinates just below the underline. */
  anchor: { left: number; top: number };
  kindOf(finding: Finding): number;
  actions: FindingActions;
  /** The pointer is on the card: keep it open. */
  onHold(held: boolean): void;
}

/** The card shown while the pointer rests on an underline: every finding at that spot. */
export function FindingCard({ findings, anchor, kindOf, actions, onHold }: FindingCardProps) {
  const i18n = useI18n();
  return (
    <div
      className="finding-card"
      role="dialog"
      aria-label={i18n.t('findingsRegion')}
      // Positioned through the CSSOM, which the page's style-src policy allows (a style attribute it would not).
      style={{ left: anchor.left, top: anchor.top }}
      onMouseEnter={() => onHold(true)}
      onMouseLeave={() => onHold(false)}
    >
      {findings.map((finding) => (
        <section key={`${finding.rule}:${finding.offset}`} className={`finding-card-item severity-${finding.severity}`}>
          <h3 className="finding-rule">
            <span className="finding-severity">{i18n.severity(finding.severity)}</span> {i18n.rule(finding.rule)}
          </h3>
          <FindingDetails finding={finding} kind={kindOf(finding)} actions={actions} />
        </section>
      ))}
    </div>
  );
}

/** How long the pointer must rest on an underline before the card opens, and the grace to reach it. */
const REST_MS = 250;
const LEAVE_MS = 300;

export interface HoverCardProps {
  target: HoverTarget | null;
  kindOf(finding: Finding): number;
  actions: FindingActions;
}

/** The hover card's timing: opens after the pointer rests, stays while the pointer is on the card. */
export function HoverCard({ target, kindOf, actions }: HoverCardProps) {
  const [shown, setShown] = useState<HoverTarget | null>(null);
  const held = useRef(false);
  useEffect(() => {
    const timer = target ? setTimeout(() => setShown(target), REST_MS) : setTimeout(() => held.current || setShown(null), LEAVE_MS);
    return () => clearTimeout(timer);
  }, [target]);
  if (!shown) return null;
  // After any action the spot has changed: close the card.
  const close =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      held.current = false;
      setShown(null);
      action(...args);
    };
  const closing: FindingActions = {
    apply: close(actions.apply),
    ignore: close(actions.ignore),
    fixAll: close(actions.fixAll),
    select: close(actions.select),
    addToGlossary: actions.addToGlossary && close(actions.addToGlossary),
    addToDictionary: actions.addToDictionary && close(actions.addToDictionary),
  };
  return (
    <FindingCard
      findings={shown.findings.map((placed) => placed.finding)}
      anchor={shown.anchor}
      kindOf={kindOf}
      actions={closing}
      onHold={(on) => {
        held.current = on;
        if (!on && !target) setShown(null);
      }}
    />
  );
}
