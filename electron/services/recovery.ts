import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { schema } from '../../core/document/schema';
import { headlineOf, isDraftId, wordCountOf, type Draft } from '../../core/document/draft';
import { parseDraft } from '../../core/document/draft-file';
import { fail, ok, type Result } from '../../core/api/result';
import { fsErrorCode, fsFailure, removeStaleTemps, writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/**
 * The crash-recovery journal. While the user types, the renderer sends the unsaved draft here often;
 * each write replaces `<dataDir>/recovery/<id>.json` atomically. A clean save clears it. At start,
 * journals holding text newer than the saved draft are offered back to the user.
 */

export interface PendingRecovery {
  id: string;
  /** When the journal was written. */
  journaledAt: string;
  /** `updatedAt` of the saved draft, or null when there is no readable saved draft (never saved, gone, damaged). */
  savedAt: string | null;
  headline: string;
  wordCount: number;
  /** The unsaved draft, to open in place of the saved one if the user accepts. */
  draft: Draft;
}

export interface RecoveryFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mtimeMs: number }>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}

export interface RecoveryJournal {
  /** Resolves to when the journal was written and the file that holds it. */
  record(draft: Draft): Promise<Result<{ journaledAt: string; path: string }>>;
  clear(id: string): Promise<Result<void>>;
  /**
   * Journals whose text differs from the saved draft and is newer than it, oldest first. A journal that
   * carries nothing new (same text, or older than the saved draft) is removed on the way.
   */
  pendingRecoveries(): Promise<Result<PendingRecovery[]>>;
}

export interface RecoveryOptions {
  now?: () => Date;
  fs?: RecoveryFs;
  /**
   * Where the saved drafts are, when the journal is kept away from them (a backup journal in another
   * folder); `<dataDir>/drafts` otherwise.
   */
  draftsDir?: string;
}

interface JournalFile {
  format: 1;
  journaledAt: string;
  draft: Draft;
}

const HEADS = {
  record: { bn: 'অসংরক্ষিত লেখার ব্যাকআপ রাখা যায়নি', en: 'The backup of the unsaved text could not be written' },
  clear: { bn: 'অসংরক্ষিত লেখার ব্যাকআপ মোছা যায়নি', en: 'The backup of the unsaved text could not be removed' },
  pending: { bn: 'অসংরক্ষিত লেখার ব্যাকআপ পড়া যায়নি', en: 'The backups of unsaved text could not be read' },
} as const;

const JOURNAL_FILE = /^(.+)\.json$/;

function invalidId<T>(head: { bn: string; en: string }, id: unknown): Result<T> {
  return fail(
    'invalid-id',
    `${head.bn}: খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।`,
    `${head.en}: that is not a valid draft id.`,
    `id: ${JSON.stringify(id)}`,
  );
}

/** The headline is part of the document, so comparing documents compares everything the user typed. */
function sameText(a: Draft, b: Draft): boolean {
  return JSON.stringify(a.doc) === JSON.stringify(b.doc);
}

export function createRecoveryJournal(dataDir: string, options: RecoveryOptions = {}): RecoveryJournal {
  const fs: RecoveryFs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const recoveryDir = join(dataDir, 'recovery');
  const journalPath = (id: string) => join(recoveryDir, `${id}.json`);
  const draftsDir = options.draftsDir ?? join(dataDir, 'drafts');
  const draftPath = (id: string) => join(draftsDir, `${id}.json`);
  // Crash leftovers (temp files of journal writes a kill interrupted) go before the journals are read.
  const swept = removeStaleTemps([recoveryDir], fs);

  async function remove(id: string): Promise<void> {
    try {
      await fs.unlink(journalPath(id));
    } catch (err) {
      if (fsErrorCode(err) !== 'not-found') throw err;
    }
  }

  /** The saved draft, or null when there is none or it cannot be read as one. */
  async function savedDraft(id: string): Promise<Draft | null> {
    let text: string;
    try {
      text = await fs.readFile(draftPath(id), 'utf8');
    } catch (err) {
      if (fsErrorCode(err) === 'not-found') return null;
      throw err;
    }
    try {
      const parsed = parseDraft(JSON.parse(text));
      return parsed.ok ? parsed.draft : null;
    } catch {
      return null;
    }
  }

  function parseJournal(id: string, text: string): JournalFile | null {
    try {
      const value = JSON.parse(text) as Partial<JournalFile> | null;
      if (value?.format !== 1 || typeof value.journaledAt !== 'string' || Number.isNaN(Date.parse(value.journaledAt))) return null;
      const parsed = parseDraft(value.draft);
      return parsed.ok && parsed.draft.id === id ? { format: 1, journaledAt: value.journaledAt, draft: parsed.draft } : null;
    } catch {
      return null;
    }
  }

  return {
    record: async (input) => {
      const id = (input as Partial<Draft> | null)?.id;
      if (!isDraftId(id)) return invalidId(HEADS.record, id);
      const parsed = parseDraft(input);
      if (!parsed.ok)
        return fail(
          'invalid-argument',
          `${HEADS.record.bn}: খসড়ার গঠন সঠিক নয়।`,
          `${HEADS.record.en}: the draft is not well-formed.`,
          parsed.reason,
        );
      const journal: JournalFile = { format: 1, journaledAt: now().toISOString(), draft: parsed.draft };
      try {
        await fs.mkdir(recoveryDir, { recursive: true });
        await writeFileAtomic(journalPath(id), JSON.stringify(journal), fs);
        return ok({ journaledAt: journal.journaledAt, path: journalPath(id) });
      } catch (err) {
        return fsFailure(HEADS.record, err);
      }
    },

    clear: async (id) => {
      if (!isDraftId(id)) return invalidId(HEADS.clear, id);
      try {
        await remove(id);
        return ok(undefined);
      } catch (err) {
        return fsFailure(HEADS.clear, err);
      }
    },

    pendingRecoveries: async () => {
      await swept;
      try {
        let names: string[];
        try {
          names = await fs.readdir(recoveryDir);
        } catch (err) {
          if (fsErrorCode(err) === 'not-found') return ok([]);
          throw err;
        }
        const pending: PendingRecovery[] = [];
        for (const name of names) {
          const id = JOURNAL_FILE.exec(name)?.[1];
          if (!id || !isDraftId(id)) continue;
          let text: string;
          try {
            text = await fs.readFile(journalPath(id), 'utf8');
          } catch (err) {
            if (fsErrorCode(err) === 'not-found') continue;
            throw err;
          }
          // An unreadable journal is left where it is for inspection; it is never offered as text.
          const journal = parseJournal(id, text);
          if (!journal) continue;
          const saved = await savedDraft(id);
          const newer =
            !saved || (Date.parse(journal.journaledAt) > (Date.parse(saved.meta.updatedAt) || 0) && !sameText(journal.draft, saved));
          if (!newer) {
            await remove(id);
            continue;
          }
          const doc = schema.nodeFromJSON(journal.draft.doc);
          pending.push({
            id,
            journaledAt: journal.journaledAt,
            savedAt: saved ? saved.meta.updatedAt : null,
            headline: headlineOf(doc),
            wordCount: wordCountOf(doc),
            draft: journal.draft,
          });
        }
        return ok(pending.sort((a, b) => Date.parse(a.journaledAt) - Date.parse(b.journaledAt)));
      } catch (err) {
        return fsFailure(HEADS.pending, err);
      }
    },
  };
}
