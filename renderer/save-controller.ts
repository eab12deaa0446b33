import type { DraftSummary } from '../core/api/newsroom-api';
import type { AppError, Result } from '../core/api/result';
import type { Draft } from '../core/document/draft';
import { appMessages } from './i18n';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | {
      kind: 'failed';
      error: AppError;
      /** Where the unsaved text was kept instead, once it is. */
      backup?: string;
      /** Which write failed (see `attempts`): a failure may arrive after the user already answered an earlier one. */
      attempt?: number;
    };

export interface SaveControllerOptions {
  /** The draft as it is now, read at the moment of saving so the latest typing is what is written. */
  snapshot(): Draft;
  write(draft: Draft): Promise<Result<DraftSummary>>;
  onSaved(summary: DraftSummary): void;
  /** Quiet time after the last edit before an autosave; at most a second. */
  delayMs?: number;
  /**
   * Keeps unsaved text in the crash-recovery journal: at most once a JOURNAL_INTERVAL_MS while typing
   * goes on (autosave waits for a pause, the journal does not), and at once when a save fails.
   */
  journal?: (draft: Draft) => Promise<Result<{ path: string }>>;
}

export const AUTOSAVE_DELAY_MS = 600;
export const JOURNAL_INTERVAL_MS = 1000;

/**
 * Autosave for one open draft. Edits mark it dirty and (re)start a short timer; `flush` saves now.
 * One write is in flight at a time: edits made during a write are saved by another write right after,
 * so no typing is lost. A failed write leaves the draft dirty; the next edit or explicit save retries.
 */
export class SaveController {
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private state: SaveState = { kind: 'saved' };
  private readonly listeners = new Set<(state: SaveState) => void>();
  private delayMs: number;
  private journalTimer: ReturnType<typeof setTimeout> | null = null;
  private writes = 0;

  constructor(private readonly options: SaveControllerOptions) {
    this.delayMs = Math.min(options.delayMs ?? AUTOSAVE_DELAY_MS, 1000);
  }

  /** Follows the autosave delay setting from the next edit on; still at most a second. */
  setDelay(ms: number): void {
    this.delayMs = Math.min(ms, 1000);
  }

  get current(): SaveState {
    return this.state;
  }

  /** How many writes have started. */
  get attempts(): number {
    return this.writes;
  }

  /** Whether everything typed is on disk. */
  get clean(): boolean {
    return !this.dirty && this.inFlight === null;
  }

  /** Tells `listener` about every change of save state; returns the unsubscribe function. */
  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  /** Called on every document change; cheap on purpose (it runs inside the keystroke). */
  markDirty(): void {
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    // A throttle, not a debounce: steady typing is journaled too. The snapshot is taken when the timer
    // fires, never inside the keystroke.
    if (this.options.journal && !this.journalTimer) {
      this.journalTimer = setTimeout(() => {
        this.journalTimer = null;
        if (this.dirty) void this.keep();
      }, JOURNAL_INTERVAL_MS);
    }
    // Keep a failure visible until a retry actually starts.
    if (this.state.kind === 'saved') this.setState({ kind: 'dirty' });
  }

  /** Saves now if anything is unsaved; resolves when what was typed before the call is written (or failed). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // Edits made while a write is in flight are not in it: write again once it ends.
    if (this.inFlight) return this.inFlight.then(() => this.flush());
    if (!this.dirty) return Promise.resolve();
    this.inFlight = this.write().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async write(): Promise<void> {
    this.dirty = false;
    const attempt = ++this.writes;
    this.setState({ kind: 'saving' });
    let result: Result<DraftSummary>;
    try {
      result = await this.options.write(this.options.snapshot());
    } catch (err) {
      // The bridge itself failed (not the store): still a value the UI can show.
      result = {
        ok: false,
        error: { code: 'io', message: appMessages.both('saveBridgeFailed'), detail: String(err) },
      };
    }
    if (result.ok) {
      this.options.onSaved(result.value);
      this.setState(this.dirty ? { kind: 'dirty' } : { kind: 'saved' });
    } else {
      this.dirty = true;
      const failed: SaveState = { kind: 'failed', error: result.error, attempt };
      this.setState(failed);
      const backup = await this.keep();
      // Only if nothing has happened since: a retry may already be under way.
      if (backup && this.state === failed) this.setState({ ...failed, backup });
    }
  }

  /** Journals the draft as it is now; resolves to where it was kept, or null. */
  private async keep(): Promise<string | null> {
    if (!this.options.journal) return null;
    try {
      const kept = await this.options.journal(this.options.snapshot());
      return kept.ok ? kept.value.path : null;
    } catch {
      return null;
    }
  }

  /** The draft as it is in the editor now. */
  snapshot(): Draft {
    return this.options.snapshot();
  }

  /** Forgets unsaved edits: the draft they belong to was deleted. The owner flushes first if it wants them written. */
  reset(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = null;
    this.dirty = false;
    this.setState({ kind: 'saved' });
  }
}
