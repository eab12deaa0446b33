import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../core/checks/types';
import { sameKind } from '../editor/apply-finding';
import type { FindingsView, HoverTarget, PlacedFinding } from '../plugins/checks';
import { useI18n } from '../i18n';
import type { Translator } from '../i18n';
import { FindingDetails, HoverCard } from './FindingCard';
import type { FindingActions } from './FindingCard';

export type GroupMode = 'entity' | 'rule';

interface Group {
  id: string;
  label: string;
  findings: Finding[];
}

/** Keys that name an entity: a glossary entry, a glossed unknown name, an English gloss, a near miss. */
const ENTITY_KEY = /^(g|n|en|near):/;

function entityLabel(finding: Finding): string {
  return finding.key.startsWith('g:') ? finding.key.slice(2).normalize('NFC') : finding.text.trim();
}

/** Findings grouped by the entity they are about (others last) or by rule, each group in document order. */
export function groupFindings(findings: readonly Finding[], mode: GroupMode, i18n: Translator): Group[] {
  const groups = new Map<string, Group>();
  let other: Group | null = null;
  for (const finding of findings) {
    let group: Group | undefined;
    if (mode === 'rule') {
      group = groups.get(finding.rule);
      if (!group) groups.set(finding.rule, (group = { id: finding.rule, label: i18n.rule(finding.rule), findings: [] }));
    } else if (ENTITY_KEY.test(finding.key)) {
      group = groups.get(finding.key);
      if (!group) groups.set(finding.key, (group = { id: finding.key, label: entityLabel(finding), findings: [] }));
    } else {
      group = other ??= { id: 'other', label: i18n.t('groupOther'), findings: [] };
    }
    group.findings.push(finding);
  }
  const out = [...groups.values()];
  if (other) out.push(other);
  return out;
}

/** How far either side of a short span the panel looks for its neighbouring words, and how many it shows. */
const CONTEXT_CHARS = 60;
const CONTEXT_WORDS = 3;

/**
 * The words either side of a finding whose span alone says nothing (a danda, a hyphen, a space): the
 * text within its paragraph, cut to a few whole words.
 */
export function neighbouringWords(before: string, after: string): { before: string; after: string } {
  const ownBefore = before.slice(before.lastIndexOf('\n') + 1);
  const newline = after.indexOf('\n');
  const ownAfter = newline === -1 ? after : after.slice(0, newline);
  const lead = ownBefore.match(new RegExp(`(?:\\S+\\s*){0,${CONTEXT_WORDS}}$`, 'u'))?.[0] ?? '';
  const tail = ownAfter.match(new RegExp(`^(?:\\s*\\S+){0,${CONTEXT_WORDS}}`, 'u'))?.[0] ?? '';
  return { before: lead, after: tail };
}

/** A span of punctuation or space alone, which cannot be recognised without its neighbours. */
const needsContext = (finding: Finding) => !/[\p{L}\p{N}]/u.test(finding.text);

interface FindingRowProps {
  finding: Finding;
  /** The words around a short span, shown with it; empty for a span that speaks for itself. */
  before: string;
  after: string;
  selected: boolean;
  kind: number;
  mode: GroupMode;
  actions: FindingActions;
}

/**
 * One finding in the panel. Memoised: a finding keeps its object while its underline is mapped, so
 * typing re-renders only the rows of the paragraph it changed.
 */
const FindingRow = memo(function FindingRow({ finding, before, after, selected, kind, mode, actions }: FindingRowProps) {
  const i18n = useI18n();
  return (
    <li className={`finding-row severity-${finding.severity}${selected ? ' current' : ''}`} data-rule={finding.rule}>
      <button
        type="button"
        className="finding-go"
        aria-current={selected || undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => actions.select(finding)}
      >
        <span className="finding-text" lang="bn">
          {before && <span className="finding-context">{before}</span>}
          <mark className="finding-span">{finding.text.trim() || '␣'}</mark>
          {after && <span className="finding-context">{after}</span>}
        </span>
        <span className="finding-rule-name">{mode === 'rule' ? i18n.severity(finding.severity) : i18n.rule(finding.rule)}</span>
      </button>
      <FindingDetails finding={finding} kind={kind} actions={actions} />
    </li>
  );
});

export interface FindingsPanelProps {
  findings: Finding[];
  /** The finding the editor's selection is on, if any. */
  current: Finding | null;
  kindOf(finding: Finding): number;
  /** The neighbouring words of the findings whose span alone says nothing. */
  contexts: ReadonlyMap<Finding, { before: string; after: string }>;
  actions: FindingActions;
  onStep(direction: 1 | -1): void;
}

/** Every finding in the article, grouped by name or by kind, with counts. */
export function FindingsPanel({ findings, current, kindOf, contexts, actions, onStep }: FindingsPanelProps) {
  const i18n = useI18n();
  const [mode, setMode] = useState<GroupMode>('entity');
  const groups = groupFindings(findings, mode, i18n);
  return (
    <div className="findings-panel">
      <div className="panel-header findings-header">
        <h2 className="findings-title">{i18n.t('findingsRegion')}</h2>
        <span className="findings-count">{i18n.t('findingsCount', { n: findings.length })}</span>
        <button
          type="button"
          className="button quiet finding-prev"
          title={i18n.t('prevFinding')}
          aria-label={i18n.t('prevFinding')}
          disabled={findings.length === 0}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onStep(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button quiet finding-next"
          title={i18n.t('nextFinding')}
          aria-label={i18n.t('nextFinding')}
          disabled={findings.length === 0}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onStep(1)}
        >
          ↓
        </button>
      </div>
      <div className="findings-modes" role="radiogroup" aria-label={i18n.t('groupBy')}>
        {(['entity', 'rule'] as const).map((m) => (
          // biome-ignore lint/a11y/useSemanticElements: a segmented switch of two buttons, styled as the toolbar's buttons; native radios would need restyling.
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            className={mode === m ? 'button findings-mode active' : 'button quiet findings-mode'}
            data-mode={m}
            onClick={() => setMode(m)}
          >
            {i18n.t(m === 'entity' ? 'groupByEntity' : 'groupByRule')}
          </button>
        ))}
      </div>
      {findings.length === 0 && <p className="findings-empty">{i18n.t('findingsNone')}</p>}
      {groups.map((group) => (
        <section key={group.id} className="finding-group" data-group={group.id}>
          <h3 className="finding-group-title">
            <span className="finding-group-label">{group.label}</span>{' '}
            <span className="finding-group-count">{i18n.t('groupCount', { n: group.findings.length })}</span>
          </h3>
          <ul className="finding-list">
            {group.findings.map((finding, i) => (
              <FindingRow
                // biome-ignore lint/suspicious/noArrayIndexKey: findings are derived afresh in document order and rows hold no state; offsets move with every edit, so nothing is stabler.
                key={`${finding.rule}:${i}`}
                finding={finding}
                before={contexts.get(finding)?.before ?? ''}
                after={contexts.get(finding)?.after ?? ''}
                selected={finding === current}
                kind={kindOf(finding)}
                mode={mode}
                actions={actions}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** What the panel and the hover card need from the editor. */
export interface ChecksEditor {
  onFindings(listener: (view: FindingsView) => void): () => void;
  onHover(listener: (target: HoverTarget | null) => void): () => void;
  applySuggestion(placed: PlacedFinding, suggestion: string): boolean;
  fixAll(findings: PlacedFinding[]): boolean;
  ignoreFinding(finding: Finding): boolean;
  selectFinding(placed: PlacedFinding): boolean;
  stepFinding(direction: 1 | -1): boolean;
  /** The article's text in a range, a newline between paragraphs. */
  textBetween(from: number, to: number): string;
}

const hasFix = (p: PlacedFinding) => p.finding.suggestions.length > 0;

/** The panel in the side slot and the hover card over the text, both fed by the editor's findings. */
export function ChecksPanel({
  editor,
  onAddToGlossary,
  onAddToDictionary,
}: {
  editor: ChecksEditor;
  onAddToGlossary?(finding: Finding): void;
  onAddToDictionary?(finding: Finding): void;
}) {
  const [view, setView] = useState<FindingsView>({ findings: [], current: null });
  const [hover, setHover] = useState<HoverTarget | null>(null);
  useEffect(() => editor.onFindings(setView), [editor]);
  useEffect(() => editor.onHover(setHover), [editor]);

  // The actions stay the same object across updates (so rows need not re-render) and act on where
  // each finding is now.
  const latest = useRef(view.findings);
  latest.current = view.findings;
  const actions = useMemo<FindingActions>(() => {
    const placedOf = (finding: Finding) => latest.current.find((p) => p.finding === finding);
    const withPlaced = (act: (placed: PlacedFinding) => void) => (finding: Finding) => {
      const placed = placedOf(finding);
      if (placed) act(placed);
    };
    return {
      apply: (finding, suggestion) => withPlaced((placed) => editor.applySuggestion(placed, suggestion))(finding),
      fixAll: withPlaced((placed) => editor.fixAll(sameKind(latest.current, placed).filter(hasFix))),
      ignore: (finding) => void editor.ignoreFinding(finding),
      select: withPlaced((placed) => editor.selectFinding(placed)),
      addToGlossary: onAddToGlossary,
      addToDictionary: onAddToDictionary,
    };
  }, [editor, onAddToGlossary, onAddToDictionary]);

  const fixable = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of view.findings) if (hasFix(p)) counts.set(p.finding.rule, (counts.get(p.finding.rule) ?? 0) + 1);
    return counts;
  }, [view.findings]);
  const kindOf = (finding: Finding) => fixable.get(finding.rule) ?? 0;
  const findings = useMemo(() => view.findings.map((p) => p.finding), [view.findings]);
  const contexts = useMemo(() => {
    const around = new Map<Finding, { before: string; after: string }>();
    for (const { finding, from, to } of view.findings) {
      if (!needsContext(finding)) continue;
      around.set(finding, neighbouringWords(editor.textBetween(from - CONTEXT_CHARS, from), editor.textBetween(to, to + CONTEXT_CHARS)));
    }
    return around;
  }, [editor, view.findings]);

  return (
    <>
      <FindingsPanel
        findings={findings}
        current={view.current?.finding ?? null}
        kindOf={kindOf}
        contexts={contexts}
        actions={actions}
        onStep={(direction) => void editor.stepFinding(direction)}
      />
      <HoverCard target={hover} kindOf={kindOf} actions={actions} />
    </>
  );
}
