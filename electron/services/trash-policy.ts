import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { isDraftId } from '../../core/document/draft';
import { ok, type Result } from '../../core/api/result';
import { fsErrorCode, fsFailure } from './atomic-write';

/** Deleted drafts stay in the trash this long, then are purged for good. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrashListing {
  /** Id of the trashed draft. */
  id: string;
  /** The entry's `deletedAt`, as stored; anything that is not a time is never purged. */
  deletedAt: string | null;
}

/** Ids of the entries deleted more than `days` before `now`. A deletion time in the future is kept. */
export function expiredEntries(listing: readonly TrashListing[], now: Date, days: number = TRASH_DAYS): string[] {
  const cutoff = now.getTime() - days * DAY_MS;
  return listing
    .filter((entry) => {
      const at = entry.deletedAt === null ? NaN : Date.parse(entry.deletedAt);
      return Number.isFinite(at) && at < cutoff;
    })
    .map((entry) => entry.id);
}

export interface TrashFs {
  readdir(path: string): Promise<string[]>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  unlink(path: string): Promise<void>;
}

const HEAD = { bn: 'ট্র্যাশের পুরোনো খসড়া মুছে ফেলা যায়নি', en: 'Old drafts in the trash could not be purged' };

/**
 * Reads the draft store's trash (`<id>.json` = `{ deletedAt, draft }`) and deletes the entries past
 * TRASH_DAYS; resolves to the purged ids, whose versions the caller removes too. Files that do not
 * read as trash entries are left alone: the store moves them aside.
 */
export async function purgeExpired(trashDir: string, now: Date = new Date(), fs: TrashFs = nodeFs): Promise<Result<{ purged: string[] }>> {
  try {
    let names: string[];
    try {
      names = await fs.readdir(trashDir);
    } catch (err) {
      if (fsErrorCode(err) === 'not-found') return ok({ purged: [] });
      throw err;
    }
    const listing: TrashListing[] = [];
    for (const name of names) {
      const id = name.slice(0, -'.json'.length);
      if (!name.endsWith('.json') || !isDraftId(id)) continue;
      let deletedAt: string | null = null;
      try {
        const value = JSON.parse(await fs.readFile(join(trashDir, name), 'utf8')) as { deletedAt?: unknown } | null;
        if (typeof value?.deletedAt === 'string') deletedAt = value.deletedAt;
      } catch (err) {
        if (!(err instanceof SyntaxError) && fsErrorCode(err) !== 'not-found') throw err;
      }
      listing.push({ id, deletedAt });
    }
    const purged: string[] = [];
    for (const id of expiredEntries(listing, now)) {
      try {
        await fs.unlink(join(trashDir, `${id}.json`));
        purged.push(id);
      } catch (err) {
        if (fsErrorCode(err) !== 'not-found') throw err;
      }
    }
    return ok({ purged });
  } catch (err) {
    return fsFailure(HEAD, err);
  }
}
