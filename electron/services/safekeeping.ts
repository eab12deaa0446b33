import * as nodeFs from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { NewsroomService, RecoveryOffer } from '../../core/api/newsroom-api';
import { fail, ok, type Result } from '../../core/api/result';
import { headlineOf, isDraftId, wordCountOf, type Draft } from '../../core/document/draft';
import { parseDraft } from '../../core/document/draft-file';
import { schema } from '../../core/document/schema';
import type { DamagedFile, DraftFs, DraftStore } from './draft-store';
import { createRecoveryJournal, type PendingRecovery, type RecoveryJournal } from './recovery';
import { perKeyQueue } from './per-key-queue';
import { purgeExpired } from './trash-policy';
import type { VersionStore } from './versions';

/**
 * What keeps drafts from being lost beyond the atomic save: the crash-recovery journal and its backup
 * folder, the end of a conflict with a change made on disk, and the notices the user must see once
 * (files moved aside, drafts purged from the trash).
 */

export interface SafekeepingOptions {
  dataDir: string;
  /**
   * A folder for the journal when the data folder cannot be written. See journalDraft for why it should
   * be elsewhere. Without one, a journal that fails in the data folder fails.
   */
  backupDir?: string;
  drafts: DraftStore;
  versions: VersionStore;
  /** Damaged files the stores moved aside; taken (emptied) by takeNotices. */
  movedAside: DamagedFile[];
  now?: () => Date;
  /** File-system calls on the data folder's disk (the drafts' disk); the backup folder uses node's own. */
  fs?: DraftFs;
}

/** The bridge's never-lost methods, and what the service tells it after a save or a delete. */
export interface Safekeeping
  extends Pick<
    NewsroomService,
    'journalDraft' | 'pendingRecoveries' | 'acceptRecovery' | 'declineRecovery' | 'resolveConflict' | 'takeNotices'
  > {
  /** After a save: a clean one clears the journal of that draft. Resolves to the save's result. */
  saved<T extends { id: string }>(result: Result<T>): Promise<Result<T>>;
  /** After a draft went to the trash: its journal would offer back a draft that is no longer in the list. */
  deleted<T extends { id: string }>(result: Result<T>): Promise<Result<T>>;
}

/** Names of the versions that keep the text the user did not choose; version names are the user's own text, so Bengali. */
export const KEPT_VERSION_NAMES = {
  recoveryDeclined: 'উদ্ধার করা অসংরক্ষিত লেখা (নেওয়া হয়নি)',
  diskTextReplaced: 'ডিস্কে বদলে যাওয়া লেখা (অন্য কপি বা সিঙ্ক থেকে)',
  mineReplaced: 'আমার লেখা (ডিস্কের লেখা নেওয়ার আগে)',
  recoveryDeferred: 'উদ্ধার করা অসংরক্ষিত লেখা (বেছে নেওয়া বাকি ছিল)',
} as const;

const NOT_A_DRAFT = { bn: 'খসড়ার গঠন সঠিক নয়।', en: 'The draft is not well-formed.' };

const NOTHING_TO_RECOVER = {
  bn: 'উদ্ধার করার মতো অসংরক্ষিত লেখা পাওয়া যায়নি।',
  en: 'There is no unsaved text to recover.',
};

export function createSafekeeping(options: SafekeepingOptions): Safekeeping {
  const { drafts, versions, movedAside } = options;
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const journal = createRecoveryJournal(options.dataDir, { now, fs });
  const backup: RecoveryJournal | null = options.backupDir
    ? createRecoveryJournal(options.backupDir, { now, draftsDir: join(options.dataDir, 'drafts') })
    : null;
  const journals = backup ? [journal, backup] : [journal];
  // A journal write must not land after the clear of the save that followed it: it would offer old
  // text as new at the next start.
  const chain = perKeyQueue();
  let purgePending = true;
  /**
   * Recovered text offered to the user and not answered yet ("decide later"). Typing on in that draft
   * would replace or clear its journal, so the offered text is first kept as a version.
   */
  const unanswered = new Map<string, Draft>();

  async function keepUnanswered(id: string): Promise<Result<void>> {
    const offered = unanswered.get(id);
    if (!offered) return ok(undefined);
    const kept = await versions.save(offered, 'named', KEPT_VERSION_NAMES.recoveryDeferred);
    if (!kept.ok) return kept;
    unanswered.delete(id);
    return ok(undefined);
  }

  /**
   * Clears a draft's journals once its text is saved (or trashed). Best effort: a journal left behind
   * holds the saved text, and the next start drops it. If unanswered recovered text cannot be kept, its
   * journal stays, to be offered again at the next start.
   */
  const clearJournals = (id: string) =>
    chain(id, async () => {
      if ((await keepUnanswered(id)).ok) await Promise.all(journals.map((j) => j.clear(id)));
    });

  /** The newest unsaved text of each draft, from the journal and its backup. */
  async function pending(): Promise<Result<Map<string, PendingRecovery>>> {
    const byId = new Map<string, PendingRecovery>();
    for (const source of journals) {
      const found = await source.pendingRecoveries();
      if (!found.ok) return found;
      for (const offer of found.value) {
        const known = byId.get(offer.id);
        if (!known || Date.parse(offer.journaledAt) > Date.parse(known.journaledAt)) byId.set(offer.id, offer);
      }
    }
    return ok(byId);
  }

  async function offerOf(id: string): Promise<Result<PendingRecovery>> {
    if (!isDraftId(id))
      return fail('invalid-id', 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', 'That is not a valid draft id.', `id: ${JSON.stringify(id)}`);
    const all = await pending();
    if (!all.ok) return all;
    const offer = all.value.get(id);
    return offer ? ok(offer) : fail('not-found', NOTHING_TO_RECOVER.bn, NOTHING_TO_RECOVER.en, id);
  }

  /** The saved draft, or null when there is none; a damaged one has been moved aside (and will be noticed). */
  async function savedDraft(id: string): Promise<Result<Draft | null>> {
    const opened = await drafts.open(id);
    if (opened.ok) return opened;
    return opened.error.code === 'not-found' || opened.error.code === 'corrupt' ? ok(null) : opened;
  }

  return {
    /**
     * The journal is written in the data folder first, beside the drafts. When that fails (a full disk,
     * a folder made read-only), the backup folder is tried: the system's temp folder in the app, which on
     * Linux is usually a RAM disk and elsewhere at least another folder with its own permissions, so a
     * full or locked data disk does not take the backup with it. The temp folder may be emptied at a
     * restart, which is why it is only the second place.
     */
    journalDraft: (draft) => {
      // A malformed draft has no id to order by; the journal refuses it with the reason.
      const id = String((draft as Partial<Draft> | null)?.id);
      return chain(id, async (): Promise<Result<{ path: string }>> => {
        const held = await keepUnanswered(id);
        if (!held.ok) return held;
        const first = await journal.record(draft);
        if (first.ok) return ok({ path: first.value.path });
        if (!backup) return first;
        const second = await backup.record(draft);
        return second.ok ? ok({ path: second.value.path }) : first;
      });
    },

    pendingRecoveries: async () => {
      const all = await pending();
      if (!all.ok) return all;
      const offers: RecoveryOffer[] = [];
      for (const offer of [...all.value.values()].sort((a, b) => Date.parse(a.journaledAt) - Date.parse(b.journaledAt))) {
        const saved = await savedDraft(offer.id);
        if (!saved.ok) return saved;
        unanswered.set(offer.id, offer.draft);
        const doc = saved.value ? schema.nodeFromJSON(saved.value.doc) : null;
        offers.push({
          id: offer.id,
          headline: offer.headline,
          wordCount: offer.wordCount,
          journaledAt: offer.journaledAt,
          saved:
            saved.value && doc ? { headline: headlineOf(doc), wordCount: wordCountOf(doc), updatedAt: saved.value.meta.updatedAt } : null,
        });
      }
      return ok(offers);
    },

    acceptRecovery: async (id) => {
      const offer = await offerOf(id);
      if (!offer.ok) return offer;
      const current = await savedDraft(id);
      if (!current.ok) return current;
      // The saved text is kept before it is replaced; if it cannot be kept, nothing is replaced.
      if (current.value) {
        const kept = await versions.save(current.value, 'before-restore');
        if (!kept.ok) return kept;
      }
      const written = await drafts.save(offer.value.draft, { overwrite: true });
      if (!written.ok) return written;
      unanswered.delete(id);
      await clearJournals(id);
      return drafts.open(id);
    },

    declineRecovery: async (id) => {
      const offer = await offerOf(id);
      if (!offer.ok) return offer;
      const kept = await versions.save(offer.value.draft, 'named', KEPT_VERSION_NAMES.recoveryDeclined);
      if (!kept.ok) return kept;
      unanswered.delete(id);
      await clearJournals(id);
      return ok(undefined);
    },

    resolveConflict: async (draft, choice) => {
      const parsed = parseDraft(draft);
      if (!parsed.ok) return fail('invalid-argument', NOT_A_DRAFT.bn, NOT_A_DRAFT.en, parsed.reason);
      // Reading the file also makes its current state the one the next save is checked against.
      const onDisk = await savedDraft(draft.id);
      if (!onDisk.ok) return onDisk;
      if (choice === 'theirs') {
        if (!onDisk.value) return drafts.open(draft.id);
        const kept = await versions.save(draft, 'named', KEPT_VERSION_NAMES.mineReplaced);
        return kept.ok ? ok(onDisk.value) : kept;
      }
      if (onDisk.value) {
        const kept = await versions.save(onDisk.value, 'named', KEPT_VERSION_NAMES.diskTextReplaced);
        if (!kept.ok) return kept;
      }
      const written = await drafts.save(draft, { overwrite: true });
      if (!written.ok) return written;
      return drafts.open(draft.id);
    },

    takeNotices: async () => {
      let purged = 0;
      if (purgePending) {
        purgePending = false;
        const result = await purgeExpired(join(options.dataDir, 'trash'), now(), fs);
        if (!result.ok) return result;
        // A purged draft's versions go with it; a failure here leaves only snapshots of a deleted draft.
        for (const id of result.value.purged) await versions.removeAll(id);
        purged = result.value.purged.length;
      }
      const files = movedAside.splice(0).map((file) => ({ name: basename(file.from), movedTo: file.movedTo }));
      return ok({ movedAside: files, purged });
    },

    saved: async (result) => {
      if (result.ok) await clearJournals(result.value.id);
      return result;
    },

    deleted: async (result) => {
      if (result.ok) await clearJournals(result.value.id);
      return result;
    },
  };
}
