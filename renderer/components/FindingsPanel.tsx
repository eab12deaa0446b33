import { useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../core/checks/types';
import { sameKind } from '../editor/apply-finding';
import { sameFinding } from '../plugins/checks';
import type { FindingsView, HoverTarget, PlacedFinding } from '../plugins/checks';
import { useChecksText } from '../i18n-checks';
import type { ChecksText } from '../i18n-checks';
import { FindingDetails, HoverCard } from './FindingCard';
import type { FindingActions } from './FindingCard';

export type GroupMode = 'entity' | 'rule';

interface Group {
  id: string;
  label: string;
  findings: PlacedFinding[];
}

/** Keys that name an entity: a glossary entry, a glossed unknown name, an English gloss, a near miss. */
const ENTITY_KEY = /^(g|n|en|near):/;

function entityLabel(finding: Finding): string {
  return finding.key.startsWith('g:') ? finding.key.slice(2).normalize('NFC') : finding.text.trim();
}

/** Findings grouped by the entity they are about (others last) or by rule, each group in document order. */
export function groupFindings(findings: readonly PlacedFinding[], mode: GroupMode, text: ChecksText): Group[] {
  const groups = new Map<string, Group>();
  let other: Group | null = null;
  for (const placed of findings) {
    const { finding } = placed;
    let group: Group | undefined;
    if (mode === 'rule') {
      group = groups.get(finding.rule);
      if (!group) groups.set(finding.rule, (group = { id: finding.rule, label: text.rule(finding.rule), findings: [] }));
    } else if (ENTITY_KEY.test(finding.key)) {
      group = groups.get(finding.key);
      if (!group) groups.set(finding.key, (group = { id: finding.key, label: entityLabel(finding), findings: [] }));
    } else {
      group = other ??= { id: 'other', label: text.t('groupOther'), findings: [] };
    }
    group.findings.push(placed);
  }
  const out = [...groups.values()];
  if (other) out.push(other);
  return out;
}

export interface FindingsPanelProps {
  findings: PlacedFinding[];
  /** The finding the editor's selection is on, if any. */
  current: PlacedFinding | null;
  actions: FindingActions;
  onSelect(placed: PlacedFinding): void;
  onStep(direction: 1 | -1): void;
}

/** Every finding in the article, grouped by name or by kind, with counts. */
export function FindingsPanel({ findings, current, actions, onSelect, onStep }: FindingsPanelProps) {
  const text = useChecksText();
  const [mode, setMode] = useState<GroupMode>('entity');
  const groups = groupFindings(findings, mode, text);
  return (
    <div className="findings-panel">
      <div className="panel-header findings-header">
        <h2 className="findings-title">{text.t('findingsTitle')}</h2>
        <span className="findings-count">{text.t('findingsCount', { n: findings.length })}</span>
        <button type="button" className="button quiet finding-prev" title={text.t('prevFinding')} aria-label={text.t('prevFinding')} disabled={findings.length === 0} onMouseDown={(e) => e.preventDefault()} onClick={() => onStep(-1)}>
          ↑
        </button>
        <button type="button" className="button quiet finding-next" title={text.t('nextFinding')} aria-label={text.t('nextFinding')} disabled={findings.length === 0} onMouseDown={(e) => e.preventDefault()} onClick={() => onStep(1)}>
          ↓
        </button>
      </div>
      <div className="findings-modes" role="radiogroup" aria-label={text.t('groupBy')}>
        {(['entity', 'rule'] as const).map((m) => (
          <button key={m} type="button" role="radio" aria-checked={mode === m} className={mode === m ? 'button findings-mode active' : 'button quiet findings-mode'} data-mode={m} onClick={() => setMode(m)}>
            {text.t(m === 'entity' ? 'groupByEntity' : 'groupByRule')}
          </button>
        ))}
      </div>
      {findings.length === 0 && <p className="panel-empty">{text.t('findingsNone')}</p>}
      {groups.map((group) => (
        <section key={group.id} className="finding-group" data-group={group.id}>
          <h3 className="finding-group-title">
            <span className="finding-group-label">{group.label}</span> <span className="finding-group-count">{text.t('groupCount', { n: group.findings.length })}</span>
          </h3>
          <ul className="finding-list">
            {group.findings.map((placed) => {
              const selected = sameFinding(current, placed);
              return (
                <li key={`${placed.from}:${placed.to}:${placed.finding.rule}`} className={`finding-row severity-${placed.finding.severity}${selected ? ' current' : ''}`} data-rule={placed.finding.rule}>
                  <button type="button" className="finding-go" aria-current={selected || undefined} onMouseDown={(e) => e.preventDefault()} onClick={() => onSelect(placed)}>
                    <span className="finding-text" lang="bn">
                      {placed.finding.text.trim() || '␣'}
                    </span>
                    <span className="finding-rule-name">{mode === 'rule' ? text.severity(placed.finding.severity) : text.rule(placed.finding.rule)}</span>
                  </button>
                  <FindingDetails placed={placed} actions={actions} />
                </li>
              );
            })}
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
}

const hasFix = (p: PlacedFinding) => p.finding.suggestions.length > 0;

/** The panel in the side slot and the hover card over the text, both fed by the editor's findings. */
export function ChecksPanel({ editor, onAddToGlossary }: { editor: ChecksEditor; onAddToGlossary?(placed: PlacedFinding): void }) {
  const [view, setView] = useState<FindingsView>({ findings: [], current: null });
  const [hover, setHover] = useState<HoverTarget | null>(null);
  useEffect(() => editor.onFindings(setView), [editor]);
  useEffect(() => editor.onHover(setHover), [editor]);
  const actions = useMemo<FindingActions>(() => {
    const fixable = new Map<string, number>();
    for (const p of view.findings) if (hasFix(p)) fixable.set(p.finding.rule, (fixable.get(p.finding.rule) ?? 0) + 1);
    return {
      apply: (placed, suggestion) => void editor.applySuggestion(placed, suggestion),
      fixAll: (placed) => void editor.fixAll(sameKind(view.findings, placed).filter(hasFix)),
      ignore: (placed) => void editor.ignoreFinding(placed.finding),
      kindCount: (placed) => fixable.get(placed.finding.rule) ?? 0,
      addToGlossary: onAddToGlossary,
    };
  }, [editor, view.findings, onAddToGlossary]);
  return (
    <>
      <FindingsPanel
        findings={view.findings}
        current={view.current}
        actions={actions}
        onSelect={(placed) => void editor.selectFinding(placed)}
        onStep={(direction) => void editor.stepFinding(direction)}
      />
      <HoverCard target={hover} actions={actions} />
    </>
  );
}
