/**
 * Phonetic (Avro) typing in the editor, without any system keyboard.
 *
 * API
 * - `phoneticInputPlugin({ enabled?: false, pipeToDanda?: true })` — add it after the input-rules
 *   plugin, so the markdown-like shortcuts still see the space that ends a word (typing 1, full
 *   stop, backtick, space starts a numbered list; a full stop alone is the danda, as in Avro), and
 *   before the keymaps, so its Backspace runs before the base keymap's.
 * - `togglePhonetic` — a Command that switches phonetic typing on or off; bind it to Mod-m and the
 *   status-bar toggle.
 * - `phoneticEnabled(state)` — whether phonetic typing is on, for the status bar.
 * - `setPipeToDanda(tr, on)` — switches the `|`-to-danda rule (the user's setting) without touching
 *   the document or the undo history; `pipeToDandaOn(state)` reads it.
 *
 * Behaviour
 * - When on, Latin letters, digits and Avro's signs (`` ` . , ^ : $ ``) typed at the cursor are
 *   kept as the current word's Latin, and the word's Bengali rendering is replaced on every
 *   keystroke; Backspace takes back the last Latin keystroke. Any other character (space,
 *   punctuation) ends the word, and so does moving the cursor or an edit that touches the word.
 * - Each word (with the space or punctuation that ends it) is one undo step, however slowly it
 *   was typed.
 * - When off, typed Latin is left alone.
 * - With `pipeToDanda` (on or off phonetic), `|` typed after Bengali text becomes `।`; in phonetic
 *   mode `.` gives `।` and `..` gives `।।` as Avro does.
 * - Output is NFC, the house form (ড় ঢ় য় as letter + nukta).
 */
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { closeHistory } from 'prosemirror-history';
import { avroToBengali, isAvroInput } from '../../core/input/avro';

export interface PhoneticOptions {
  /** Phonetic typing on when the editor opens. Default: off. */
  enabled?: boolean;
  /** `|` typed after Bengali text becomes the danda `।`. Default: on. */
  pipeToDanda?: boolean;
}

/** The word being typed: its Latin keystrokes and where its Bengali rendering sits in the document. */
export interface PhoneticWord {
  from: number;
  to: number;
  latin: string;
  /** Time of the word's first transaction; every later keystroke of the word carries it (see `pinTime`). */
  startedAt: number;
}

export interface PhoneticState {
  enabled: boolean;
  pipeToDanda: boolean;
  word: PhoneticWord | null;
}

type PhoneticAction = { toggle: true } | { pipeToDanda: boolean } | { word: PhoneticWord | null };

export const phoneticKey = new PluginKey<PhoneticState>('phoneticInput');

export function phoneticEnabled(state: EditorState): boolean {
  return phoneticKey.getState(state)?.enabled ?? false;
}

export function pipeToDandaOn(state: EditorState): boolean {
  return phoneticKey.getState(state)?.pipeToDanda ?? false;
}

/** The setting is the writer's and changes no text, so the transaction stays out of the undo history. */
export function setPipeToDanda(tr: Transaction, on: boolean): Transaction {
  return tr.setMeta(phoneticKey, { pipeToDanda: on } satisfies PhoneticAction).setMeta('addToHistory', false);
}

export const togglePhonetic: Command = (state, dispatch) => {
  if (!phoneticKey.getState(state)) return false;
  if (dispatch) dispatch(state.tr.setMeta(phoneticKey, { toggle: true } satisfies PhoneticAction));
  return true;
};

const BENGALI = /[\u0980-\u09FF]/;

/** Whether the last non-space character before `pos` in its text block is Bengali. */
function followsBengali(state: EditorState, pos: number): boolean {
  const $pos = state.doc.resolve(pos);
  const before = $pos.parent.textBetween(0, $pos.parentOffset, undefined, '\ufffc').trimEnd();
  return BENGALI.test(before.slice(-1));
}

/**
 * The history plugin starts a new undo step when a change comes more than `newGroupDelay` after the
 * previous one. A word typed slowly must still be one step, so its keystrokes all carry the time of
 * its first one; the first one closes the previous step.
 */
function pinTime(tr: Transaction, word: PhoneticWord | null): Transaction {
  return word ? tr.setTime(word.startedAt) : closeHistory(tr);
}

/** Replaces the word's rendering (or the range `from`–`to` for a new word) with the rendering of `latin`. */
function renderWord(view: EditorView, word: PhoneticWord | null, from: number, to: number, latin: string): void {
  const start = word ? word.from : from;
  const end = word ? word.to : to;
  const text = avroToBengali(latin);
  const tr = pinTime(view.state.tr, word);
  if (text === '') tr.delete(start, end);
  else tr.insertText(text, start, end);
  tr.setSelection(TextSelection.create(tr.doc, start + text.length));
  const next: PhoneticWord = { from: start, to: start + text.length, latin, startedAt: word?.startedAt ?? tr.time };
  view.dispatch(tr.setMeta(phoneticKey, { word: next } satisfies PhoneticAction).scrollIntoView());
}

/** The word the cursor is at the end of, if the cursor is a plain caret there. */
function wordAtCursor(state: EditorState, from: number, to: number): PhoneticWord | null {
  const word = phoneticKey.getState(state)?.word ?? null;
  return word && from === to && word.to === from ? word : null;
}

/** The active word survives a transaction only if its rendering is untouched and the caret stays at its end. */
function carryWord(word: PhoneticWord, tr: Transaction): PhoneticWord | null {
  const from = tr.mapping.map(word.from, -1);
  const to = tr.mapping.map(word.to, 1);
  const { selection } = tr;
  if (!selection.empty || selection.from !== to) return null;
  if (tr.docChanged && tr.doc.textBetween(from, to) !== avroToBengali(word.latin)) return null;
  return { ...word, from, to };
}

export function phoneticInputPlugin(options: PhoneticOptions = {}): Plugin<PhoneticState> {
  return new Plugin<PhoneticState>({
    key: phoneticKey,
    state: {
      init: () => ({ enabled: options.enabled ?? false, pipeToDanda: options.pipeToDanda ?? true, word: null }),
      apply(tr, prev) {
        const action = tr.getMeta(phoneticKey) as PhoneticAction | undefined;
        if (action && 'toggle' in action) return { ...prev, enabled: !prev.enabled, word: null };
        if (action && 'pipeToDanda' in action) return { ...prev, pipeToDanda: action.pipeToDanda };
        if (action) return { ...prev, word: action.word };
        if (!prev.word) return prev;
        return { ...prev, word: carryWord(prev.word, tr) };
      },
    },
    props: {
      handleTextInput(view, from, to, text) {
        const state = phoneticKey.getState(view.state)!;
        const word = state.enabled ? wordAtCursor(view.state, from, to) : null;
        if (state.enabled && Array.from(text).every(isAvroInput)) {
          renderWord(view, word, from, to, (word?.latin ?? '') + text);
          return true;
        }
        const danda = state.pipeToDanda && text === '|' && followsBengali(view.state, from);
        if (!danda && !word) return false;
        // The character that ends a word joins the word's undo step.
        const tr = view.state.tr.insertText(danda ? '।' : text, from, to);
        if (word) tr.setTime(word.startedAt);
        view.dispatch(tr.setMeta(phoneticKey, { word: null } satisfies PhoneticAction).scrollIntoView());
        return true;
      },
      handleKeyDown(view, event) {
        if (event.key !== 'Backspace' || event.ctrlKey || event.metaKey || event.altKey) return false;
        const { from, to } = view.state.selection;
        const word = phoneticEnabled(view.state) ? wordAtCursor(view.state, from, to) : null;
        if (!word) return false;
        const latin = word.latin.slice(0, -1);
        if (latin !== '') {
          renderWord(view, word, from, to, latin);
          return true;
        }
        const tr = view.state.tr.delete(word.from, word.to).setTime(word.startedAt);
        view.dispatch(tr.setMeta(phoneticKey, { word: null } satisfies PhoneticAction).scrollIntoView());
        return true;
      },
    },
  });
}
