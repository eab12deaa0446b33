import { EditorState } from 'prosemirror-state';
import type { Command, Plugin, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { redo, undo } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { schema } from '../../core/document/schema';
import type { DocJSON } from '../../core/document/schema';
import { historyPlugin } from './history';
import { inputRulesPlugin } from './input-rules';
import { keymapPlugins } from './keymap';
import type { KeymapHooks } from './keymap';
import { placeholdersKey, placeholdersPlugin } from './placeholders';
import type { PlaceholderTexts } from './placeholders';
import { findKey, findPlugin, findStep, setFindQuery } from './find';
import type { FindState } from './find';
import { applyLink, linkAt } from './commands';
import type { LinkOutcome } from './commands';
import { phoneticEnabled, phoneticInputPlugin, setPipeToDanda, togglePhonetic } from '../plugins/phonetic-input';
import { bijoyPasteOffer, bijoyPastePlugin, convertBijoyPaste, dismissBijoyBanner } from '../plugins/bijoy-paste';
import type { BijoyOffer } from '../plugins/bijoy-paste';
import { dictionaryWith, type Dictionary } from '../../core/bengali/dictionary';
import { createChecker } from '../../core/checks/engine';
import type { Checker } from '../../core/checks/engine';
import { DEFAULT_HOUSE_STYLE } from '../../core/bengali/house-style';
import type { HouseStyle } from '../../core/bengali/house-style';
import type { Finding } from '../../core/checks/types';
import { wordCountOf } from '../../core/document/draft';
import type { IgnoredFinding } from '../../core/document/draft';
import { glossaryWith } from '../../core/glossary/bundled';
import type { GlossaryEntry } from '../../core/glossary/types';
import {
  checksKey,
  checksPlugin,
  currentFinding,
  findingsAt,
  findingsOf,
  ignoreFinding,
  ignoredOf,
  nextFinding,
  prevFinding,
  sameFinding,
  selectFinding,
  setIgnored,
} from '../plugins/checks';
import type { FindingsView, HoverTarget, PlacedFinding } from '../plugins/checks';
import { pasteSanitizePlugin } from '../plugins/paste-sanitize';
import { workerDocumentChecker, type WorkerDocumentChecker } from '../workers/worker-document-checker';
import { applySuggestion, fixAll } from './apply-finding';
import { DEFAULT_REVIEW_AUTHOR, setReviewAuthor, suggestEnabled, suggestPlugin, suggestTransaction } from '../plugins/suggest';
import { commentsPlugin, threadsOf } from '../plugins/comments';
import type { CommentThread } from '../../core/document/draft';
import type { ReviewAuthor } from '../../core/document/suggestions';

export interface EditorHooks extends KeymapHooks {
  /** Called synchronously on every document change; must stay cheap (the save controller's markDirty). */
  docChanged(): void;
  /** Called when the editor loses focus: a moment to save. */
  blurred(): void;
  /** The list of ignored findings changed: it belongs in the draft (`review.ignored`). */
  ignoredChanged(ignored: IgnoredFinding[]): void;
  /** The comment threads changed: they belong in the draft (`review.comments`). */
  commentsChanged?(threads: CommentThread[]): void;
}

/** Editor state that the surrounding UI shows: find bar, phonetic toggle, Bijoy paste banner. */
export interface EditorUiState {
  find: FindState;
  phonetic: boolean;
  bijoy: BijoyOffer | null;
  /** Suggest mode is on. */
  suggest: boolean;
  threads: readonly CommentThread[];
}

function uiStateOf(state: EditorState): EditorUiState {
  return {
    find: findKey.getState(state)!,
    phonetic: phoneticEnabled(state),
    bijoy: bijoyPasteOffer(state),
    suggest: suggestEnabled(state),
    threads: threadsOf(state),
  };
}

function sameUi(a: EditorUiState, b: EditorUiState): boolean {
  return a.find === b.find && a.phonetic === b.phonetic && a.bijoy === b.bijoy && a.suggest === b.suggest && a.threads === b.threads;
}

/** How long the document must be quiet before the listeners of the settled document (the review panel) are told. */
const SETTLE_MS = 150;

/**
 * Owns the ProseMirror view. React mounts it once into a div and talks to it through these methods;
 * keystrokes never pass through React state. Listeners that need the document (the review panel) are
 * told after the document settles, not on every transaction; the word count follows every change,
 * since only the blocks a change touched are counted again, and its listeners hear only a new number;
 * listeners of the UI state (find matches, phonetic toggle, Bijoy offer) only when that state changes.
 * The findings panel is told when the document settles, when the checks' idle pass lands, and when the
 * selection moves onto or off a finding.
 */
export class EditorController {
  private view: EditorView | null = null;
  private readonly settledListeners = new Set<(doc: PMNode) => void>();
  private readonly uiListeners = new Set<(ui: EditorUiState) => void>();
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  /** The article's words as last told to the word count's listeners. */
  private words = 0;
  /** Each text block's word count by node (see wordCountOf), so a keystroke recounts only its own block. */
  private readonly blockWords = new WeakMap<PMNode, number>();
  private readonly wordsListeners = new Set<(words: number) => void>();
  private placeholders: PlaceholderTexts;
  private readonly findingsListeners = new Set<(view: FindingsView) => void>();
  private readonly hoverListeners = new Set<(target: HoverTarget | null) => void>();
  private findings: FindingsView = { findings: [], current: null };
  private hovered: Element | null = null;
  /** The user's and the newsroom's entries, merged over the bundled glossary. */
  private glossary: readonly GlossaryEntry[] = [];
  private checkerInstance: Checker | null = null;
  /** The checker worker, which runs the document pass off the main thread; one for the editor's life. */
  private documentsInstance: WorkerDocumentChecker | null = null;
  /** The shipped word list with the newsroom's and the user's words (see useDictionary); the shipped list alone until they come. */
  private dictionaryWords: readonly string[] = [];
  private dictionary: Dictionary | undefined;
  /** The user's setting; kept here so that it holds for every draft opened, and before the view exists. */
  private pipeToDanda = true;
  /** The house style from the settings: what the checker flags and the form pasted text takes. */
  private style: HouseStyle = DEFAULT_HOUSE_STYLE;
  /** The paste plugin in use, to swap when the house style's Unicode form changes. */
  private pastePlugin: Plugin | null = null;
  /** Who suggests and comments (from the settings). */
  private author: ReviewAuthor = DEFAULT_REVIEW_AUTHOR;
  private readonly commentRequestListeners = new Set<() => void>();

  constructor(
    private readonly hooks: EditorHooks,
    placeholders: PlaceholderTexts,
  ) {
    this.placeholders = placeholders;
  }

  /** Built on first use: indexing the bundled glossary takes a moment, and is done once. */
  private get checker(): Checker {
    this.checkerInstance ??= createChecker({ glossary: glossaryWith(this.glossary), style: this.style, dictionary: this.dictionary });
    return this.checkerInstance;
  }

  private get documents(): WorkerDocumentChecker {
    this.documentsInstance ??= workerDocumentChecker({
      fallback: () => this.checker,
      entries: this.glossary,
      style: this.style,
      words: this.dictionaryWords,
    });
    return this.documentsInstance;
  }

  private checks(ignored?: readonly IgnoredFinding[]): Plugin {
    return checksPlugin({ checker: this.checker, documentChecker: this.documents, ignored });
  }

  private pasteSanitizer(): Plugin {
    this.pastePlugin = pasteSanitizePlugin(this.style);
    return this.pastePlugin;
  }

  private createState(
    doc: DocJSON,
    phonetic: boolean,
    ignored: readonly IgnoredFinding[],
    review: { suggest: boolean; threads: readonly CommentThread[] } = { suggest: false, threads: [] },
  ): EditorState {
    return EditorState.create({
      doc: schema.nodeFromJSON(doc),
      plugins: [
        // Pasted text reaches every other plugin already cleaned and in the house Unicode form.
        this.pasteSanitizer(),
        // The input rules see the space that ends a phonetic word before the phonetic plugin takes it,
        // so `1.` + backtick + space starts a numbered list in phonetic mode too.
        inputRulesPlugin(),
        phoneticInputPlugin({ enabled: phonetic, pipeToDanda: this.pipeToDanda }),
        ...keymapPlugins(this.hooks),
        historyPlugin(),
        placeholdersPlugin(this.placeholders),
        findPlugin(),
        bijoyPastePlugin(),
        this.checks(ignored),
        suggestPlugin({ enabled: review.suggest, author: this.author }),
        commentsPlugin({ threads: review.threads, requestComment: () => this.requestComment() }),
      ],
    });
  }

  mount(place: HTMLElement, doc: DocJSON): void {
    this.view = new EditorView(place, {
      state: this.createState(doc, false, []),
      attributes: { lang: 'bn', spellcheck: 'false', class: 'article', 'aria-multiline': 'true', role: 'textbox' },
      dispatchTransaction: (tr) => this.dispatch(tr),
      handleDOMEvents: {
        blur: () => {
          this.hooks.blurred();
          return false;
        },
        mouseover: (_view, event) => {
          this.hover((event.target as Element | null)?.closest?.('.finding') ?? null);
          return false;
        },
        mouseleave: () => {
          this.hover(null);
          return false;
        },
      },
    });
    this.countWords();
    this.notifySettled();
    this.notifyFindings();
  }

  destroy(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.view?.destroy();
    this.view = null;
    this.documentsInstance?.destroy();
    this.documentsInstance = null;
  }

  /**
   * Replaces the document with a freshly opened draft: new state, so undo never crosses drafts. The
   * phonetic toggle is the writer's, not the draft's, so it carries over.
   */
  load(doc: DocJSON, ignored: readonly IgnoredFinding[] = [], threads: readonly CommentThread[] = []): void {
    if (!this.view) return;
    this.hover(null);
    const state = this.view.state;
    this.view.updateState(this.createState(doc, phoneticEnabled(state), ignored, { suggest: suggestEnabled(state), threads }));
    this.countWords();
    this.notifySettled();
    this.notifyUi();
    this.notifyFindings();
  }

  private dispatch(edit: Transaction): void {
    const view = this.view!;
    const before = view.state;
    const uiBefore = uiStateOf(before);
    const tr = suggestTransaction(before, edit);
    view.updateState(before.apply(tr));
    if (tr.docChanged) {
      this.hooks.docChanged();
      this.countWords();
      this.scheduleSettled();
    }
    if (!sameUi(uiBefore, uiStateOf(view.state))) this.notifyUi();
    if (ignoredOf(view.state) !== ignoredOf(before)) this.hooks.ignoredChanged([...ignoredOf(view.state)]);
    if (threadsOf(view.state) !== threadsOf(before)) this.hooks.commentsChanged?.([...threadsOf(view.state)]);
    // Typing updates the panel when the document settles; a refresh or an ignore updates it at once,
    // and a selection moving onto or off a finding updates which row is current.
    if (tr.docChanged) return;
    if (checksKey.getState(view.state) !== checksKey.getState(before)) this.notifyFindings();
    else if (tr.selectionSet && !sameFinding(currentFinding(view.state), this.findings.current))
      this.notifyFindings(this.findings.findings);
  }

  private scheduleSettled(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.notifySettled(), SETTLE_MS);
  }

  private countWords(): void {
    const doc = this.doc();
    if (!doc) return;
    const words = wordCountOf(doc, this.blockWords);
    if (words === this.words) return;
    this.words = words;
    for (const listener of this.wordsListeners) listener(words);
  }

  private notifySettled(): void {
    this.settleTimer = null;
    const doc = this.doc();
    if (doc) for (const listener of this.settledListeners) listener(doc);
    this.notifyFindings();
  }

  /** Tells the panel; never in the middle of a composition (the refresh after it tells it then). */
  private notifyFindings(findings?: PlacedFinding[]): void {
    const view = this.view;
    if (!view || view.composing) return;
    this.findings = { findings: findings ?? findingsOf(view.state), current: currentFinding(view.state) };
    for (const listener of this.findingsListeners) listener(this.findings);
  }

  private hover(element: Element | null): void {
    if (element === this.hovered) return;
    this.hovered = element;
    const view = this.view;
    let target: HoverTarget | null = null;
    if (element && view && !view.composing) {
      const findings = findingsAt(view.state, view.posAtDOM(element, 0));
      const box = element.getBoundingClientRect();
      if (findings.length > 0) target = { findings, anchor: { left: box.left, top: box.bottom + 4 } };
    }
    for (const listener of this.hoverListeners) listener(target);
  }

  onFindings(listener: (view: FindingsView) => void): () => void {
    this.findingsListeners.add(listener);
    listener(this.findings);
    return () => {
      this.findingsListeners.delete(listener);
    };
  }

  onHover(listener: (target: HoverTarget | null) => void): () => void {
    this.hoverListeners.add(listener);
    return () => {
      this.hoverListeners.delete(listener);
    };
  }

  private notifyUi(): void {
    if (!this.view) return;
    const ui = uiStateOf(this.view.state);
    for (const listener of this.uiListeners) listener(ui);
  }

  onSettled(listener: (doc: PMNode) => void): () => void {
    this.settledListeners.add(listener);
    const doc = this.doc();
    if (doc) listener(doc);
    return () => {
      this.settledListeners.delete(listener);
    };
  }

  /** The article's word count, told now and whenever a change moves it; counted as the checker and the drafts list count. */
  onWords(listener: (words: number) => void): () => void {
    this.wordsListeners.add(listener);
    listener(this.words);
    return () => {
      this.wordsListeners.delete(listener);
    };
  }

  onUi(listener: (ui: EditorUiState) => void): () => void {
    this.uiListeners.add(listener);
    if (this.view) listener(uiStateOf(this.view.state));
    return () => {
      this.uiListeners.delete(listener);
    };
  }

  doc(): PMNode | null {
    return this.view?.state.doc ?? null;
  }

  run(command: Command): boolean {
    const view = this.view;
    if (!view) return false;
    const done = command(view.state, view.dispatch, view);
    view.focus();
    return done;
  }

  focus(): void {
    this.view?.focus();
  }

  undo(): boolean {
    return this.run(undo);
  }

  redo(): boolean {
    return this.run(redo);
  }

  /** Mod-Alt-M on a selection, or the toolbar's button: the review panel opens its comment box. */
  requestComment(): void {
    for (const listener of this.commentRequestListeners) listener();
  }

  onCommentRequest(listener: () => void): () => void {
    this.commentRequestListeners.add(listener);
    return () => {
      this.commentRequestListeners.delete(listener);
    };
  }

  /** Who suggests and comments from now on (the settings' name and colour). */
  setReviewAuthor(author: ReviewAuthor): void {
    this.author = author;
    this.view?.dispatch(setReviewAuthor(this.view.state.tr, author));
  }

  /** The selected range, or null when nothing is selected (a comment needs some text). */
  selection(): { from: number; to: number } | null {
    const selection = this.view?.state.selection;
    return selection && !selection.empty ? { from: selection.from, to: selection.to } : null;
  }

  reviewAuthor(): ReviewAuthor {
    return this.author;
  }

  togglePhonetic(): boolean {
    return this.run(togglePhonetic);
  }

  /** Answers the Bijoy paste banner: convert the pasted passage to Unicode, or leave it. */
  answerBijoy(convert: boolean): boolean {
    return this.run(convert ? convertBijoyPaste : dismissBijoyBanner);
  }

  /** Follows the setting in the open draft at once: a meta on the plugin's state, so undo history stays. */
  setPipeToDanda(on: boolean): void {
    this.pipeToDanda = on;
    this.view?.dispatch(setPipeToDanda(this.view.state.tr, on));
  }

  setPlaceholders(texts: PlaceholderTexts): void {
    this.placeholders = texts;
    this.view?.dispatch(this.view.state.tr.setMeta(placeholdersKey, texts).setMeta('addToHistory', false));
  }

  linkAtSelection(): string | null {
    return this.view ? linkAt(this.view.state) : null;
  }

  setLink(address: string): LinkOutcome {
    const view = this.view;
    if (!view) return 'no-selection';
    const outcome = applyLink(view.state, view.dispatch, address);
    view.focus();
    return outcome;
  }

  applySuggestion(placed: PlacedFinding, suggestion: string): boolean {
    return this.run(applySuggestion(placed, suggestion));
  }

  fixAll(findings: PlacedFinding[]): boolean {
    return this.run(fixAll(findings));
  }

  ignoreFinding(finding: Finding): boolean {
    return this.run((state, dispatch) => ignoreFinding(state, dispatch, finding));
  }

  selectFinding(placed: PlacedFinding): boolean {
    return this.run(selectFinding(placed));
  }

  /** The article's text in this range (clamped), a newline between paragraphs: a finding's neighbouring words. */
  textBetween(from: number, to: number): string {
    const doc = this.view?.state.doc;
    if (!doc) return '';
    return doc.textBetween(Math.max(0, from), Math.min(doc.content.size, to), '\n', ' ');
  }

  stepFinding(direction: 1 | -1): boolean {
    return this.run(direction === 1 ? nextFinding : prevFinding);
  }

  /**
   * Checks from now on against the bundled glossary with these entries (the user's and the newsroom's)
   * merged over it, and checks the open article again in full.
   */
  setGlossary(entries: readonly GlossaryEntry[]): void {
    // At start, with no entries of the user's, the checker already built stays: indexing is not free.
    if (entries.length === 0 && this.glossary.length === 0) return;
    this.glossary = entries;
    this.recheck();
  }

  /** Checks from now on with these words as correct (a word added to the dictionary stops being flagged at once). */
  setDictionary(words: readonly string[]): void {
    this.dictionaryWords = words;
    this.dictionary = dictionaryWith(words);
    this.recheck();
  }

  /** A new checker (glossary, dictionary), and the open article checked again in full. */
  private recheck(): void {
    this.checkerInstance = null;
    this.documentsInstance?.configure(this.glossary, this.style, this.dictionaryWords);
    const view = this.view;
    if (!view) return;
    const plugins = view.state.plugins.map((p) => (p.spec.key === checksKey ? this.checks() : p));
    // Reconfiguring keeps the plugin's old state; setting the ignore list rebuilds it with the new checker.
    view.updateState(view.state.reconfigure({ plugins }));
    view.dispatch(setIgnored(view.state.tr, ignoredOf(view.state)));
  }

  /**
   * The checker the editor underlines by (bundled names, the user's and the newsroom's, the house
   * style), so the export stops on exactly the errors the writer sees.
   */
  articleChecker(): Checker {
    return this.checker;
  }

  /** The house style the checker and export follow; the editor's own copy, so the export reads the same one. */
  houseStyle(): HouseStyle {
    return this.style;
  }

  /**
   * Checks from now on by this house style, and checks the open article again in full. Pasted text
   * takes its Unicode form from now on too. A style equal to the current one changes nothing.
   */
  setHouseStyle(style: HouseStyle): void {
    if (JSON.stringify(style) === JSON.stringify(this.style)) return;
    this.style = style;
    this.checkerInstance = null;
    this.documentsInstance?.configure(this.glossary, style, this.dictionaryWords);
    const view = this.view;
    if (!view) return;
    const plugins = view.state.plugins.map((p) =>
      p.spec.key === checksKey ? this.checks() : p === this.pastePlugin ? this.pasteSanitizer() : p,
    );
    view.updateState(view.state.reconfigure({ plugins }));
    view.dispatch(setIgnored(view.state.tr, ignoredOf(view.state)));
  }

  /** Find commands keep focus in the find bar, so they do not go through `run`. */
  find(query: string): void {
    const view = this.view;
    if (view) setFindQuery(query)(view.state, view.dispatch);
  }

  findStep(direction: 1 | -1): void {
    const view = this.view;
    if (view) findStep(direction)(view.state, view.dispatch);
  }
}
