import type { Draft, DraftStatus } from '../document/draft';
import type { Result } from './result';

export interface DraftSummary {
  id: string;
  headline: string;
  status: DraftStatus;
  updatedAt: string;
  wordCount: number;
}

export interface TrashedDraft extends DraftSummary {
  deletedAt: string;
}

export type UiLanguage = 'bn' | 'en';

export interface Settings {
  uiLanguage: UiLanguage;
  /** Editor font size in CSS pixels. */
  fontSize: number;
}

export const DEFAULT_SETTINGS: Settings = { uiLanguage: 'bn', fontSize: 19 };

/** Commands the application menu sends to the renderer; the renderer owns what they do. */
export type MenuCommand =
  | 'new-draft'
  | 'open-draft'
  | 'save'
  | 'export-html'
  | 'undo'
  | 'redo'
  | 'find'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset';

/**
 * The one bridge between renderer and main process. Declared once: the preload exposes exactly this,
 * the main process implements it, and the UI test harness binds the same implementation into Chromium.
 * Renaming a method here breaks the build on every side.
 */
export interface NewsroomApi {
  listDrafts(): Promise<Result<DraftSummary[]>>;
  createDraft(): Promise<Result<Draft>>;
  openDraft(id: string): Promise<Result<Draft>>;
  /** Writes the draft atomically; returns the stored summary (updatedAt set by the store). */
  saveDraft(draft: Draft): Promise<Result<DraftSummary>>;
  /** Moves the draft to the trash; it can be restored. */
  deleteDraft(id: string): Promise<Result<TrashedDraft>>;
  listTrash(): Promise<Result<TrashedDraft[]>>;
  restoreDraft(id: string): Promise<Result<DraftSummary>>;
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: Partial<Settings>): Promise<Result<Settings>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The request/response methods, i.e. everything that crosses IPC as an invoke. */
export type NewsroomInvokeMethods = Exclude<keyof NewsroomApi, 'onMenuCommand'>;

/** Names of the invoke channels, derived from the interface so the two cannot drift. */
export const INVOKE_METHODS: readonly NewsroomInvokeMethods[] = [
  'listDrafts',
  'createDraft',
  'openDraft',
  'saveDraft',
  'deleteDraft',
  'listTrash',
  'restoreDraft',
  'getSettings',
  'updateSettings',
] as const satisfies readonly NewsroomInvokeMethods[];

export const MENU_CHANNEL = 'newsroom:menu';
export const invokeChannel = (method: NewsroomInvokeMethods): string => `newsroom:${method}`;

/** The main-process side: the same methods, without the event subscription. */
export type NewsroomService = Pick<NewsroomApi, NewsroomInvokeMethods>;
