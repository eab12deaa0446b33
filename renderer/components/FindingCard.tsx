import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../core/checks/types';
import type { HoverTarget, PlacedFinding } from '../plugins/checks';
import { useChecksText } from '../i18n-checks';

/** What can be done with a finding, from the panel or the hover card. */
export interface FindingActions {
  apply(placed: PlacedFinding, suggestion: string): void;
  ignore(placed: PlacedFinding): void;
  /** Applies the first suggestion of every finding of this kind; one undo step. */
  fixAll(placed: PlacedFinding): void;
  /** How many findings of this kind have a suggestion to apply. */
  kindCount(placed: PlacedFinding): number;
  /** Offered for names the glossary does not know; absent when there is nowhere to add them. */
  addToGlossary?(placed: PlacedFinding): void;
}

/** A name the glossary does not know but that looks like one it does: adding it ends the near miss. */
export function isUnknownName(finding: Finding): boolean {
  return finding.rule === 'entity/unknown-near';
}

/** Buttons act on the editor, so they must not take the focus (and the selection) from it. */
const keepFocus = (event: { preventDefault(): void }) => event.preventDefault();

/** A finding's message (Bengali, English below) and what can be done about it. */
export function FindingDetails({ placed, actions }: { placed: PlacedFinding; actions: FindingActions }) {
  const text = useChecksText();
  const { finding } = placed;
  const kind = actions.kindCount(placed);
  return (
    <div className="finding-details">
      <p className="finding-message" lang="bn">
        {finding.message.bn}
      </p>
      <p className="finding-message-en" lang="en">
        {finding.message.en}
      </p>
      <div className="finding-actions">
        {finding.suggestions.map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            className="button primary finding-apply"
            data-suggestion={suggestion}
            onMouseDown={keepFocus}
            onClick={() => actions.apply(placed, suggestion)}
          >
            {suggestion === '' ? text.t('deleteSpan') : text.t('replaceWith', { text: suggestion.trim() })}
          </button>
        ))}
        {kind > 1 && (
          <button type="button" className="button finding-fix-all" title={text.t('fixAllTitle')} onMouseDown={keepFocus} onClick={() => actions.fixAll(placed)}>
            {text.t('fixAll', { n: kind })}
          </button>
        )}
        {actions.addToGlossary && isUnknownName(finding) && (
          <button type="button" className="button quiet finding-add-glossary" title={text.t('addToGlossaryTitle')} onMouseDown={keepFocus} onClick={() => actions.addToGlossary!(placed)}>
            {text.t('addToGlossary')}
          </button>
        )}
        <button type="button" className="button quiet finding-ignore" title={text.t('ignoreTitle')} onMouseDown={keepFocus} onClick={() => actions.ignore(placed)}>
          {text.t('ignore')}
        </button>
      </div>
    </div>
  );
}

export interface FindingCardProps {
  findings: PlacedFinding[];
  /** Viewport coordinates of the underline's bottom-left corner. */
  anchor: { left: number; top: number };
  actions: FindingActions;
  /** The pointer is on the card: keep it open. */
  onHold(held: boolean): void;
}

/** The card shown while the pointer rests on an underline: every finding at that spot. */
export function FindingCard({ findings, anchor, actions, onHold }: FindingCardProps) {
  const text = useChecksText();
  return (
    <div
      className="finding-card"
      role="dialog"
      aria-label={text.t('findingsTitle')}
      // Positioned through the CSSOM, which the page's style-src policy allows (a style attribute it would not).
      style={{ left: anchor.left, top: anchor.top }}
      onMouseEnter={() => onHold(true)}
      onMouseLeave={() => onHold(false)}
    >
      {findings.map((placed) => (
        <section key={`${placed.from}:${placed.finding.rule}`} className={`finding-card-item severity-${placed.finding.severity}`}>
          <h3 className="finding-rule">
            <span className="finding-severity">{text.severity(placed.finding.severity)}</span> {text.rule(placed.finding.rule)}
          </h3>
          <FindingDetails placed={placed} actions={actions} />
        </section>
      ))}
    </div>
  );
}

/** How long the pointer must rest on an underline before the card opens, and the grace to reach it. */
const REST_MS = 250;
const LEAVE_MS = 300;

/** The hover card's timing: opens after the pointer rests, stays while the pointer is on the card. */
export function HoverCard({ target, actions }: { target: HoverTarget | null; actions: FindingActions }) {
  const [shown, setShown] = useState<HoverTarget | null>(null);
  const held = useRef(false);
  useEffect(() => {
    const timer = target ? setTimeout(() => setShown(target), REST_MS) : setTimeout(() => held.current || setShown(null), LEAVE_MS);
    return () => clearTimeout(timer);
  }, [target]);
  if (!shown) return null;
  // After any action the spot has changed: close the card.
  const close = <A extends unknown[]>(action: (...args: A) => void) => (...args: A) => {
    held.current = false;
    setShown(null);
    action(...args);
  };
  const closing: FindingActions = {
    apply: close(actions.apply),
    ignore: close(actions.ignore),
    fixAll: close(actions.fixAll),
    kindCount: actions.kindCount,
    addToGlossary: actions.addToGlossary && close(actions.addToGlossary),
  };
  return (
    <FindingCard
      findings={shown.findings}
      anchor={shown.anchor}
      actions={closing}
      onHold={(on) => {
        held.current = on;
        if (!on && !target) setShown(null);
      }}
    />
  );
}
