import { EditorState } from 'prosemirror-state';
import type { Command, Transaction } from 'prosemirror-state';
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
import { phoneticEnabled, phoneticInputPlugin, togglePhonetic } from '../plugins/phonetic-input';
import { bijoyPasteOffer, bijoyPastePlugin, convertBijoyPaste, dismissBijoyBanner } from '../plugins/bijoy-paste';
import type { BijoyOffer } from '../plugins/bijoy-paste';

export interface EditorHooks extends KeymapHooks {
  /** Called synchronously on every document change; must stay cheap (the save controller's markDirty). */
  docChanged(): void;
  /** Called when the editor loses focus: a moment to save. */
  blurred(): void;
}

/** Editor state that the surrounding UI shows: find bar, phonetic toggle, Bijoy paste banner. */
export interface EditorUiState {
  find: FindState;
  phonetic: boolean;
  bijoy: BijoyOffer | null;
}

function uiStateOf(state: EditorState): EditorUiState {
  return { find: findKey.getState(state)!, phonetic: phoneticEnabled(state), bijoy: bijoyPasteOffer(state) };
}

function sameUi(a: EditorUiState, b: EditorUiState): boolean {
  return a.find === b.find && a.phonetic === b.phonetic && a.bijoy === b.bijoy;
}

/** How long the document must be quiet before derived figures (word count) are recomputed. */
const SETTLE_MS = 150;

/**
 * Owns the ProseMirror view. React mounts it once into a div and talks to it through these methods;
 * keystrokes never pass through React state. Listeners that need the document (the status bar's word
 * count) are told after the document settles, not on every transaction; listeners of the UI state
 * (find matches, phonetic toggle, Bijoy offer) only when that state changes.
 */
export class EditorController {
  private view: EditorView | null = null;
  private readonly settledListeners = new Set<(doc: PMNode) => void>();
  private readonly uiListeners = new Set<(ui: EditorUiState) => void>();
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private placeholders: PlaceholderTexts;

  constructor(private readonly hooks: EditorHooks, placeholders: PlaceholderTexts) {
    this.placeholders = placeholders;
  }

  private createState(doc: DocJSON, phonetic: boolean): EditorState {
    return EditorState.create({
      doc: schema.nodeFromJSON(doc),
      plugins: [
        // Phonetic typing sees typed text before the input rules do.
        phoneticInputPlugin({ enabled: phonetic }),
        inputRulesPlugin(),
        ...keymapPlugins(this.hooks),
        historyPlugin(),
        placeholdersPlugin(this.placeholders),
        findPlugin(),
        bijoyPastePlugin(),
      ],
    });
  }

  mount(place: HTMLElement, doc: DocJSON): void {
    this.view = new EditorView(place, {
      state: this.createState(doc, false),
      attributes: { lang: 'bn', spellcheck: 'false', class: 'article', 'aria-multiline': 'true', role: 'textbox' },
      dispatchTransaction: (tr) => this.dispatch(tr),
      handleDOMEvents: {
        blur: () => {
          this.hooks.blurred();
          return false;
        },
      },
    });
    this.notifySettled();
  }

  destroy(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.view?.destroy();
    this.view = null;
  }

  /**
   * Replaces the document with a freshly opened draft: new state, so undo never crosses drafts. The
   * phonetic toggle is the writer's, not the draft's, so it carries over.
   */
  load(doc: DocJSON): void {
    if (!this.view) return;
    this.view.updateState(this.createState(doc, phoneticEnabled(this.view.state)));
    this.notifySettled();
    this.notifyUi();
  }

  private dispatch(tr: Transaction): void {
    const view = this.view!;
    const uiBefore = uiStateOf(view.state);
    view.updateState(view.state.apply(tr));
    if (tr.docChanged) {
      this.hooks.docChanged();
      this.scheduleSettled();
    }
    if (!sameUi(uiBefore, uiStateOf(view.state))) this.notifyUi();
  }

  private scheduleSettled(): void {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.notifySettled(), SETTLE_MS);
  }

  private notifySettled(): void {
    this.settleTimer = null;
    const doc = this.doc();
    if (doc) for (const listener of this.settledListeners) listener(doc);
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

  togglePhonetic(): boolean {
    return this.run(togglePhonetic);
  }

  /** Answers the Bijoy paste banner: convert the pasted passage to Unicode, or leave it. */
  answerBijoy(convert: boolean): boolean {
    return this.run(convert ? convertBijoyPaste : dismissBijoyBanner);
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
