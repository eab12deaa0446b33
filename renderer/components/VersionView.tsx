import { useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { compareDocs } from '../../core/document/compare';
import type { ComparedBlock } from '../../core/document/compare';
import type { CommentThread } from '../../core/document/draft';
import { reviewCounts } from '../../core/document/review-summary';
import { AUTHOR_COLOR_PATTERN, type BreakSuggestion, type DocJSON } from '../../core/document/schema';
import { useI18n, useText } from '../i18n';
import { breakMarkerLabel } from '../plugins/suggest';
import { versionsMessages } from './i18n-versions';

/**
 * One side of a comparison, or the version read on its own: its text, its comment threads (a version
 * keeps them as they were; the editor's current text passes none) and how the list names it.
 */
export interface ViewedText {
  label: string;
  doc: DocJSON;
  comments?: readonly CommentThread[];
}

/** What the versions view shows in place of the editor. */
export type VersionViewState = { kind: 'read'; text: ViewedText } | { kind: 'compare'; older: ViewedText; newer: ViewedText };

interface VersionViewProps {
  view: VersionViewState;
  onClose(): void;
}

const BLOCK_ELEMENT: Record<string, 'h1' | 'h2' | 'h3' | 'blockquote' | 'p'> = {
  headline: 'h1',
  heading: 'h2',
  blockquote: 'blockquote',
};

/** A pending paragraph break, as the editor shows it: a ¶ in its author's colour, struck for a join. */
function BreakMarker({ suggested }: { suggested: BreakSuggestion }) {
  const color = AUTHOR_COLOR_PATTERN.test(suggested.color) ? { ['--author-color' as string]: suggested.color } : undefined;
  return (
    <span
      className={`break-marker break-marker-${suggested.kind}`}
      data-suggestion={suggested.id}
      role="img"
      aria-label={breakMarkerLabel(suggested)}
      style={color}
    />
  );
}

const breakOfJSON = (node: DocJSON | undefined): BreakSuggestion | null => (node?.attrs?.break ?? null) as BreakSuggestion | null;

const TEXT_BLOCKS = new Set(['headline', 'standfirst', 'byline', 'paragraph', 'heading']);

/**
 * Sibling blocks, each text block ending with the ¶ of a break suggested before the next, as the editor
 * draws it; a suggested break with no text block before it among its siblings shows at its block's start.
 */
function renderChildren(content: DocJSON[]): ReactNode[] {
  return content.map((child, index) => {
    const previous = content[index - 1];
    const textBlock = TEXT_BLOCKS.has(child.type);
    const before = previous && TEXT_BLOCKS.has(previous.type) ? null : breakOfJSON(child);
    const after = textBlock ? breakOfJSON(content[index + 1]) : null;
    return renderNode(child, index, before, after);
  });
}

/**
 * A version's text, rendered from its JSON as plain elements: nothing here is editable, and a link is
 * shown with its address rather than followed, whatever a version file holds.
 */
function renderNode(node: DocJSON, key: number, breakBefore: BreakSuggestion | null, breakAfter: BreakSuggestion | null): ReactNode {
  const children = renderChildren(node.content ?? []);
  if (breakBefore) children.unshift(<BreakMarker key="break-before" suggested={breakBefore} />);
  if (breakAfter) children.push(<BreakMarker key="break-after" suggested={breakAfter} />);
  switch (node.type) {
    case 'text': {
      let out: ReactNode = node.text ?? '';
      for (const mark of node.marks ?? []) {
        if (mark.type === 'strong') out = <strong>{out}</strong>;
        else if (mark.type === 'em') out = <em>{out}</em>;
        else if (mark.type === 'link')
          out = (
            <span className="version-link" title={String(mark.attrs?.href ?? '')}>
              {out}
            </span>
          );
        else if (mark.type === 'insertion' || mark.type === 'deletion') {
          // A pending suggestion, as the editor shows it: in its author's colour, the author on hover.
          const Element = mark.type === 'insertion' ? 'ins' : 'del';
          const color = String(mark.attrs?.color ?? '');
          out = (
            <Element
              className={`suggestion suggestion-${mark.type}`}
              data-suggestion={String(mark.attrs?.id ?? '')}
              title={String(mark.attrs?.author ?? '')}
              style={AUTHOR_COLOR_PATTERN.test(color) ? { ['--author-color' as string]: color } : undefined}
            >
              {out}
            </Element>
          );
        } else if (mark.type === 'comment')
          out = (
            <span className="comment-anchor" data-comment={String(mark.attrs?.id ?? '')}>
              {out}
            </span>
          );
      }
      return <span key={key}>{out}</span>;
    }
    case 'headline':
      return (
        <h1 key={key} className="headline">
          {children}
        </h1>
      );
    case 'standfirst':
      return (
        <p key={key} className="standfirst">
          {children}
        </p>
      );
    case 'byline':
      return (
        <p key={key} className="byline">
          {children}
        </p>
      );
    case 'heading':
      return node.attrs?.level === 3 ? <h3 key={key}>{children}</h3> : <h2 key={key}>{children}</h2>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'bullet_list':
      return <ul key={key}>{children}</ul>;
    case 'ordered_list':
      return <ol key={key}>{children}</ol>;
    case 'list_item':
      return <li key={key}>{children}</li>;
    case 'horizontal_rule':
      return <hr key={key} />;
    default:
      return <p key={key}>{children}</p>;
  }
}

/** The text under each comment's anchor, by thread id, in document order. */
function anchorTexts(doc: DocJSON): Map<string, string> {
  const anchors = new Map<string, string>();
  const walk = (node: DocJSON) => {
    for (const mark of node.marks ?? []) {
      const id = mark.attrs?.id;
      if (mark.type === 'comment' && typeof id === 'string') anchors.set(id, (anchors.get(id) ?? '') + (node.text ?? ''));
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return anchors;
}

/** A version's comment threads below its text, as they stood when it was taken. */
function VersionComments({ doc, threads }: { doc: DocJSON; threads: readonly CommentThread[] }) {
  const i18n = useI18n();
  const t = useText(versionsMessages);
  const anchors = useMemo(() => anchorTexts(doc), [doc]);
  return (
    <section className="version-comments" aria-label={t('versionComments')}>
      <h2>{t('versionComments')}</h2>
      <ol>
        {threads.map((thread) => (
          <li key={thread.id} className={thread.resolved ? 'version-comment resolved' : 'version-comment'} data-comment={thread.id}>
            <p className="version-comment-quote">
              {anchors.has(thread.id) ? `“${anchors.get(thread.id)}”` : t('versionCommentAnchorGone')}
            </p>
            {[thread, ...thread.replies].map((entry) => (
              <p key={entry.id} className="version-comment-entry">
                <strong>{entry.author}</strong> <time dateTime={entry.time}>{i18n.time(entry.time)}</time>: {entry.text}
              </p>
            ))}
            {thread.resolved && <p className="version-comment-resolved">{t('versionCommentResolved')}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ComparedText({ blocks }: { blocks: ComparedBlock[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        const Element = BLOCK_ELEMENT[block.block] ?? 'p';
        return (
          <Element
            // biome-ignore lint/suspicious/noArrayIndexKey: a comparison computed once per view, in document order; it never reorders and holds no state.
            key={index}
            className={`compare-block compare-${block.kind}${block.block === 'headline' ? ' headline' : ''}`}
            data-kind={block.kind}
          >
            {block.parts.map((part, i) =>
              part.op === 'insert' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one compared block, in text order; they never reorder.
                <ins key={i} className="compare-ins">
                  {part.text}
                </ins>
              ) : part.op === 'delete' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one compared block, in text order; they never reorder.
                <del key={i} className="compare-del">
                  {part.text}
                </del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one compared block, in text order; they never reorder.
                <span key={i}>{part.text}</span>
              ),
            )}
          </Element>
        );
      })}
    </>
  );
}

/** A version read-only, or two texts compared, in place of the editor; clearly not the live draft. */
export function VersionView({ view, onClose }: VersionViewProps) {
  const t = useText(versionsMessages);
  const closeButton = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each version or comparison shown puts focus on its close button.
  useEffect(() => closeButton.current?.focus(), [view]);
  const blocks = useMemo(() => (view.kind === 'compare' ? compareDocs(view.older.doc, view.newer.doc) : null), [view]);
  const changed = blocks?.filter((b) => b.kind !== 'same').length ?? 0;
  const read = view.kind === 'read' ? (view.text.doc.content ?? []) : [];
  // What is still open in the text shown: the suggestions (marked in the text) and comment threads.
  const readCounts = useMemo(
    () => (view.kind === 'read' ? reviewCounts({ doc: view.text.doc, review: { comments: view.text.comments ?? [] } }) : null),
    [view],
  );
  // And in the two compared, which are read with their suggestions accepted (compareDocs).
  const pending = useMemo(
    () =>
      view.kind === 'compare'
        ? { older: reviewCounts({ doc: view.older.doc }).suggestions, newer: reviewCounts({ doc: view.newer.doc }).suggestions }
        : null,
    [view],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section
      className={`version-view version-${view.kind}`}
      aria-label={t(view.kind === 'read' ? 'versionReadOnly' : 'versionCompareTitle')}
      onKeyDown={onKeyDown}
    >
      <header className="version-view-header">
        <p className="version-view-label">
          {view.kind === 'read' ? (
            <>
              <strong>{t('versionReadOnly')}</strong> · {view.text.label}
            </>
          ) : (
            <>
              <strong>{t('versionCompareTitle')}</strong> · <span className="compare-older">{view.older.label}</span> →{' '}
              <span className="compare-newer">{view.newer.label}</span>
            </>
          )}
        </p>
        {readCounts && (readCounts.suggestions > 0 || readCounts.comments > 0) && (
          <p className="version-review-count" data-suggestions={readCounts.suggestions} data-comments={readCounts.comments}>
            {[
              readCounts.suggestions > 0 && t('versionPendingSuggestions', { n: readCounts.suggestions }),
              readCounts.comments > 0 && t('versionOpenComments', { n: readCounts.comments }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
        {blocks && (
          <p className="compare-legend">
            <ins className="compare-ins">{t('compareInserted')}</ins> <del className="compare-del">{t('compareDeleted')}</del>{' '}
            <span className="compare-count">{changed === 0 ? t('compareNoChange') : t('compareChanged', { n: changed })}</span>
          </p>
        )}
        {pending && pending.older + pending.newer > 0 && (
          // Which text is compared, when either side still holds suggestions.
          <p className="compare-pending" data-older={pending.older} data-newer={pending.newer}>
            {t('comparePendingNote', { older: pending.older, newer: pending.newer })}
          </p>
        )}
        <button ref={closeButton} type="button" className="button" data-action="close-version-view" onClick={onClose}>
          {t('versionBackToEditor')}
        </button>
      </header>
      <div className="editor-scroll">
        <div className="editor-page">
          <div className="version-article" lang="bn">
            {blocks ? <ComparedText blocks={blocks} /> : renderChildren(read)}
          </div>
          {view.kind === 'read' && (view.text.comments?.length ?? 0) > 0 && (
            <VersionComments doc={view.text.doc} threads={view.text.comments ?? []} />
          )}
        </div>
      </div>
    </section>
  );
}
