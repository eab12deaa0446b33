/**
 * What the editor and the checker worker say to each other. The glossary and house style go once, and
 * again only when they change; each block's text goes once under a number (its key) and afterwards
 * only the key, so a document pass over an unchanged article sends a list of numbers, and its answer
 * is what changed since the previous one.
 */
import type { HouseStyle } from '../../core/bengali/house-style';
import type { GlossaryEntry } from '../../core/glossary/types';
import type { DocumentAnswer } from './document-pass';

/** One block of the article: its key, its text the first time the key is sent, its place in the article's text. */
export interface KeyedBlock {
  key: number;
  text?: string;
  offset: number;
  headline?: boolean;
}

export type ToWorker =
  /**
   * The user's and the newsroom's entries (the worker merges them over the bundled glossary), the house
   * style, and the words the newsroom's dictionaries and the user add to the shipped word list.
   */
  | { type: 'configure'; entries: GlossaryEntry[]; style: HouseStyle; words: string[] }
  /** A document pass over these blocks; `forget` lists keys whose text is no longer in the article. */
  | { type: 'check'; id: number; blocks: KeyedBlock[]; forget: number[]; reset: boolean };

export type FromWorker =
  | { type: 'result'; id: number; answer: DocumentAnswer }
  /** The pass threw; the editor runs it on the main thread instead. */
  | { type: 'failed'; id: number; message: string };
