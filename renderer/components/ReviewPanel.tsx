import { useEffect, useMemo, useRef, useState } from 'react';
import type { Node as PMNode } from 'prosemirror-model';
import type { CommentThread } from '../../core/document/draft';
import { openThreads, threadsInOrder } from '../../core/document/comments';
import { suggestionsOf, type SuggestionSummary } from '../../core/document/suggestions';
import type { EditorController } from '../editor/controller';
import { acceptAllSuggestions, acceptSuggestion, rejectAllSuggestions, rejectSuggestion } from '../plugins/suggest';
import { addComment, deleteComment, replyToComment, resolveComment, selectComment } from '../plugins/comments';
import { useI18n, useText } from '../i18n';
import { reviewMessages } from './i18n-review';
import { useSuggestMode } from './ReviewToggle';
import { TextSelection } from 'prosemirror-state';

/** How many characters of a suggestion, and of the words before it, a row shows. */
const SHOWN = 40;
const CONTEXT_CHARS = 24;

function clip(text: string, max = SHOWN): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface ReviewPanelProps {
  editor: EditorController;
}

/**
 * The review side panel: suggestions in document order (author, time, the words before, what is
 * inserted or deleted; accept or reject one, or all), then the comment threads (replies, resolve and
 * reopen). It reads the document when it settles, never per keystroke.
 */
export function ReviewPanel({ editor }: ReviewPanelProps) {
  const i18n = useI18n();
  const t = useText(reviewMessages);
  const [doc, setDoc] = useState<PMNode | null>(editor.doc());
  const [threads, setThreads] = useState<readonly CommentThread[]>([]);
  const [composing, setComposing] = useState(false);
  const [needsSelection, setNeedsSelection] = useState(false);
  useEffect(() => editor.onSettled(setDoc), [editor]);
  // A new thread's anchor is in the document already: read both together, so it is never shown without it.
  useEffect(
    () =>
      editor.onUi((ui) => {
        setThreads(ui.threads);
        setDoc(editor.doc());
      }),
    [editor],
  );
  useEffect(
    () =>
      editor.onCommentRequest(() => {
        const selection = editor.selection();
        setNeedsSelection(selection === null);
        setComposing(selection !== null);
      }),
    [editor],
  );
  const suggesting = useSuggestMode(editor);
  const suggestions = useMemo(() => (doc ? suggestionsOf(doc) : []), [doc]);
  const placed = useMemo(() => (doc ? threadsInOrder(doc, threads) : []), [doc, threads]);
  // Nothing to review and nobody reviewing: one thin row, so the findings below keep their room. It
  // opens again for a suggestion or a comment, suggest mode (toolbar, Mod-Shift-X) or a new comment (Mod-Alt-M).
  const open = suggestions.length > 0 || placed.length > 0 || composing || suggesting;

  const context = (s: SuggestionSummary) => {
    const before = editor.textBetween(s.from - CONTEXT_CHARS, s.from);
    const words = before.slice(before.lastIndexOf('\n') + 1).replace(/^\S*\s/u, '');
    return words === '' ? '' : `…${words}`;
  };

  /** A suggestion's paragraph breaks in words: "নতুন অনুচ্ছেদ", "অনুচ্ছেদ জোড়া", with how many when more than one. */
  const breakLabels = (s: SuggestionSummary) =>
    (
      [
        ['insert', s.breaksInserted, t('breakInserted')],
        ['delete', s.breaksDeleted, t('breakDeleted')],
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(([kind, n, text]) => ({ kind, text: n > 1 ? `${text} ${t('breakTimes', { n })}` : text }));

  const addCommentButton = (
    <button
      type="button"
      className="button"
      data-action="add-comment"
      title={t('addCommentTitle')}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => editor.requestComment()}
    >
      {t('addComment')}
    </button>
  );

  if (!open)
    return (
      <section className="review-panel review-closed" aria-label={t('reviewRegion')} data-open="false">
        <div className="review-head">
          <h2>
            {t('reviewRegion')} <span className="review-nothing">{t('nothingToReview')}</span>
          </h2>
          {addCommentButton}
        </div>
        {needsSelection && <p className="review-note">{t('commentNeedsSelection')}</p>}
      </section>
    );

  return (
    <section className="review-panel" aria-label={t('reviewRegion')} data-open="true">
      <div className="review-head">
        <h2>{t('suggestions', { n: suggestions.length })}</h2>
        {suggestions.length > 0 && (
          <div className="review-all">
            <button type="button" className="button" data-action="accept-all" onClick={() => editor.run(acceptAllSuggestions)}>
              {t('acceptAll')}
            </button>
            <button type="button" className="button quiet" data-action="reject-all" onClick={() => editor.run(rejectAllSuggestions)}>
              {t('rejectAll')}
            </button>
          </div>
        )}
      </div>
      {suggestions.length === 0 ? (
        <p className="review-empty">{t('noSuggestions')}</p>
      ) : (
        <ol className="suggestion-list">
          {suggestions.map((s) => {
            const breaks = breakLabels(s);
            const label = [
              s.deleted && t('deleted', { text: clip(s.deleted) }),
              s.inserted && t('inserted', { text: clip(s.inserted) }),
              ...breaks.map((b) => b.text),
            ]
              .filter(Boolean)
              .join(' ');
            return (
              <li key={s.id} className="suggestion-row" data-suggestion={s.id} style={{ ['--author-color' as string]: s.color }}>
                <button
                  type="button"
                  className="suggestion-show"
                  onClick={() =>
                    editor.run((state, dispatch) => {
                      if (s.to > state.doc.content.size) return false;
                      dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, s.from, s.to)).scrollIntoView());
                      return true;
                    })
                  }
                >
                  <span className="review-author">{s.author}</span> <time dateTime={s.time}>{i18n.time(s.time)}</time>
                  <span className="suggestion-context">
                    {context(s)} {s.deleted && <del>{clip(s.deleted)}</del>}
                    {s.inserted && <ins>{clip(s.inserted)}</ins>}
                    {breaks.map((b) => (
                      <span key={b.kind} className={`suggestion-break suggestion-break-${b.kind}`}>
                        <span aria-hidden="true">¶</span> {b.text}
                      </span>
                    ))}
                  </span>
                  {s.struck.length > 0 && (
                    <span className="suggestion-struck">{t('struckInsertion', { authors: s.struck.join(', ') })}</span>
                  )}
                </button>
                <span className="suggestion-actions">
                  <button
                    type="button"
                    className="button"
                    data-action="accept"
                    aria-label={t('acceptOne', { text: label })}
                    onClick={() => editor.run(acceptSuggestion(s.id))}
                  >
                    {t('accept')}
                  </button>
                  <button
                    type="button"
                    className="button quiet"
                    data-action="reject"
                    aria-label={t('rejectOne', { text: label })}
                    onClick={() => editor.run(rejectSuggestion(s.id))}
                  >
                    {t('reject')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="review-head">
        <h2>{t('comments', { n: openThreads(threads) })}</h2>
        {addCommentButton}
      </div>
      {needsSelection && !composing && <p className="review-note">{t('commentNeedsSelection')}</p>}
      {composing && (
        <TextBox
          placeholder={t('commentPlaceholder')}
          submit={t('commentSave')}
          cancel={t('commentCancel')}
          className="comment-new"
          onSubmit={(text) => {
            editor.run(addComment(text, editor.reviewAuthor()));
            setComposing(false);
          }}
          onCancel={() => {
            setComposing(false);
            editor.focus();
          }}
        />
      )}
      {placed.length === 0 ? (
        <p className="review-empty">{t('noComments')}</p>
      ) : (
        <ol className="comment-list">
          {placed.map(({ thread, anchor }) => (
            <CommentThreadView
              key={thread.id}
              thread={thread}
              anchorText={anchor?.text ?? null}
              onShow={() => editor.run(selectComment(thread.id))}
              onReply={(text) => editor.run(replyToComment(thread.id, text, editor.reviewAuthor()))}
              onResolve={(resolved) => editor.run(resolveComment(thread.id, resolved))}
              onDelete={() => editor.run(deleteComment(thread.id))}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

interface CommentThreadViewProps {
  thread: CommentThread;
  anchorText: string | null;
  onShow(): void;
  onReply(text: string): void;
  onResolve(resolved: boolean): void;
  onDelete(): void;
}

function CommentThreadView({ thread, anchorText, onShow, onReply, onResolve, onDelete }: CommentThreadViewProps) {
  const i18n = useI18n();
  const t = useText(reviewMessages);
  const [replying, setReplying] = useState(false);
  return (
    <li className={thread.resolved ? 'comment-thread resolved' : 'comment-thread'} data-comment={thread.id}>
      <button type="button" className="comment-quote" onClick={onShow} title={t('showOnText')} disabled={anchorText === null}>
        {anchorText === null ? t('anchorGone') : `“${clip(anchorText)}”`}
      </button>
      {[thread, ...thread.replies].map((entry) => (
        <div key={entry.id} className="comment-entry" style={{ ['--author-color' as string]: entry.color }}>
          <span className="review-author">{entry.author}</span> <time dateTime={entry.time}>{i18n.time(entry.time)}</time>
          <p className="comment-text">{entry.text}</p>
        </div>
      ))}
      {thread.resolved && <p className="comment-resolved-label">{t('resolvedLabel')}</p>}
      {replying ? (
        <TextBox
          placeholder={t('replyPlaceholder')}
          submit={t('reply')}
          cancel={t('commentCancel')}
          className="comment-reply"
          onSubmit={(text) => {
            onReply(text);
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <div className="comment-actions">
          {!thread.resolved && (
            <button type="button" className="button quiet" data-action="reply" onClick={() => setReplying(true)}>
              {t('reply')}
            </button>
          )}
          <button
            type="button"
            className="button quiet"
            data-action={thread.resolved ? 'reopen' : 'resolve'}
            onClick={() => onResolve(!thread.resolved)}
          >
            {t(thread.resolved ? 'reopen' : 'resolve')}
          </button>
          <button type="button" className="button quiet" data-action="delete-comment" onClick={onDelete}>
            {t('deleteComment')}
          </button>
        </div>
      )}
    </li>
  );
}

interface TextBoxProps {
  placeholder: string;
  submit: string;
  cancel: string;
  className: string;
  onSubmit(text: string): void;
  onCancel(): void;
}

/** A comment or reply being written: Ctrl+Enter sends, Escape cancels. */
function TextBox({ placeholder, submit, cancel, className, onSubmit, onCancel }: TextBoxProps) {
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const send = () => {
    if (text.trim() !== '') onSubmit(text);
  };
  return (
    <form
      className={`comment-box ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea
        ref={field}
        lang="bn"
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="comment-box-actions">
        <button type="submit" className="button" disabled={text.trim() === ''}>
          {submit}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {cancel}
        </button>
      </div>
    </form>
  );
}
