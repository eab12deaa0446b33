import type { AppError } from '../../core/api/result';
import type { Draft, DraftStatus } from '../../core/document/draft';
import { shouldAutoSnapshot, type VersionStore } from './versions';

/**
 * The automatic versions, decided in the main process as drafts are saved: an 'auto' snapshot at most
 * every AUTO_SNAPSHOT_INTERVAL_MS while the text keeps changing, and a 'status' snapshot whenever the
 * workflow status changes. A snapshot is a copy of what was just saved; it is taken after the save
 * succeeded, and a snapshot that fails is reported, never turned into a failed save.
 */
export interface SnapshotPolicy {
  /**
   * The draft as it is on disk after an open, a create or a restore: where editing starts from, not an
   * edit. `snapshotAt` is when a version was just taken by other means (named, before-restore), which
   * starts the automatic interval again.
   */
  seen(draft: Draft, snapshotAt?: number): void;
  /** The draft the store has just written; takes the snapshot that is due, if any. Never rejects. */
  saved(draft: Draft): Promise<void>;
}

export interface SnapshotPolicyOptions {
  versions: VersionStore;
  now: () => Date;
  /** Told about a snapshot that could not be written (e.g. for the main-process log). */
  onFailed?: (error: AppError) => void;
}

interface Known {
  /** The text last saved or seen. */
  doc: Draft['doc'];
  status: DraftStatus | null;
  /** Whether the text changed since the newest version was taken. */
  edited: boolean;
  /** When the newest version was taken; undefined until the versions folder has been read. */
  lastSnapshotAt: number | null | undefined;
}

/** Drafts remembered at once; a session rarely edits more, and each holds a whole document. */
const REMEMBERED_DRAFTS = 16;

/** Deep equality of two JSON values, stopping at the first difference. */
function sameJSON(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!sameJSON((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

export function createSnapshotPolicy({ versions, now, onFailed }: SnapshotPolicyOptions): SnapshotPolicy {
  const known = new Map<string, Known>();

  const remember = (id: string, entry: Known) => {
    known.delete(id);
    known.set(id, entry);
    if (known.size > REMEMBERED_DRAFTS) known.delete(known.keys().next().value!);
  };

  /** The newest version's time, read once per draft and session so a restart does not snapshot at once. */
  async function lastSnapshotAt(id: string, entry: Known | undefined): Promise<number | null> {
    if (entry?.lastSnapshotAt !== undefined) return entry.lastSnapshotAt;
    const listed = await versions.list(id);
    if (!listed.ok) return null;
    const [newest] = listed.value;
    return newest ? Date.parse(newest.createdAt) : null;
  }

  return {
    seen(draft, snapshotAt) {
      const entry = known.get(draft.id);
      // Opening again what is already known keeps whether it was edited since its last version.
      const edited = snapshotAt === undefined && (entry?.edited ?? false);
      remember(draft.id, { doc: draft.doc, status: draft.meta.status, edited, lastSnapshotAt: snapshotAt ?? entry?.lastSnapshotAt });
    },

    async saved(draft) {
      const entry = known.get(draft.id);
      try {
        const last = await lastSnapshotAt(draft.id, entry);
        const statusChanged = entry?.status != null && entry.status !== draft.meta.status;
        // A draft the session never saw counts as edited: one snapshot too many costs little.
        const edited = !entry || entry.edited || !sameJSON(entry.doc, draft.doc);
        const kind = statusChanged ? 'status' : shouldAutoSnapshot(last, now().getTime(), edited) ? 'auto' : null;
        const taken = kind ? await versions.save(draft, kind) : null;
        if (taken && !taken.ok) onFailed?.(taken.error);
        if (taken?.ok)
          remember(draft.id, {
            doc: draft.doc,
            status: draft.meta.status,
            edited: false,
            lastSnapshotAt: Date.parse(taken.value.createdAt),
          });
        // A snapshot that failed stays due (the status change too): the next save tries again.
        else
          remember(draft.id, { doc: draft.doc, status: taken ? (entry?.status ?? null) : draft.meta.status, edited, lastSnapshotAt: last });
      } catch (err) {
        onFailed?.({
          code: 'io',
          message: { bn: 'স্বয়ংক্রিয় সংস্করণ রাখা যায়নি।', en: 'An automatic version could not be kept.' },
          detail: (err as Error)?.stack ?? String(err),
        });
      }
    },
  };
}
