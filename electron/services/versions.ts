import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { schema } from '../../core/document/schema';
import { headlineOf, isDraftId, wordCountOf, type Draft } from '../../core/document/draft';
import { parseDraft } from '../../core/document/draft-file';
import { fail, ok, type Result } from '../../core/api/result';
import { VERSION_KINDS, type Version, type VersionKind, type VersionSummary } from '../../core/api/newsroom-api';
import { fsFailure, fsErrorCode, removeStaleTemps, writeFileAtomic, type AtomicWriteFs } from './atomic-write';

/**
 * Version snapshots beside the drafts: `<dataDir>/versions/<draftId>/<ms>-<kind>.json`, each the full
 * draft plus what the versions list shows. Snapshots are never rewritten; only automatic ones are pruned.
 */

/** Automatic snapshots kept per draft; older ones are pruned. Named, status and before-restore ones stay. */
export const KEEP_AUTO_VERSIONS = 50;
/** While the user keeps editing, an automatic snapshot at most this often. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 3 * 60_000;
export const MAX_VERSION_NAME = 200;

/** Whether the editor should take an automatic snapshot now. */
export function shouldAutoSnapshot(lastSnapshotAt: number | null, now: number, editedSince: boolean): boolean {
  if (!editedSince) return false;
  // A clock set back must not stop snapshots until it catches up again.
  return lastSnapshotAt === null || now < lastSnapshotAt || now - lastSnapshotAt >= AUTO_SNAPSHOT_INTERVAL_MS;
}

export interface VersionFs extends AtomicWriteFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mtimeMs: number }>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  rm(path: string, options: { recursive: true; force: true }): Promise<void>;
}

export interface VersionStoreOptions {
  now?: () => Date;
  fs?: VersionFs;
  keepAuto?: number;
}

export interface VersionStore {
  /** Snapshots the draft; an automatic snapshot also prunes the oldest automatic ones. */
  save(draft: Draft, kind: VersionKind, name?: string): Promise<Result<VersionSummary>>;
  /** Newest first. */
  list(draftId: string): Promise<Result<VersionSummary[]>>;
  /** A fresh copy of the version from disk, for a read-only view or a comparison. */
  read(draftId: string, versionId: string): Promise<Result<Version>>;
  /**
   * Snapshots `current` as 'before-restore', then returns the draft to save: the version's text and
   * meta, with the current workflow status and creation time (the text goes back, the review state does not).
   */
  restore(current: Draft, versionId: string): Promise<Result<{ draft: Draft; backup: VersionSummary }>>;
  /** Deletes the automatic snapshots beyond the newest `keep`; resolves to how many were deleted. */
  prune(draftId: string, keep?: number): Promise<Result<number>>;
  /** Deletes every version of a draft, when the draft itself is purged from the trash. */
  removeAll(draftId: string): Promise<Result<void>>;
}

const VERSION_FILE = /^(\d{13})-(auto|named|status|before-restore)\.json$/;
/** The shape of a version id; nothing else names a file in a versions folder. */
export const VERSION_ID = /^(\d{13})-(auto|named|status|before-restore)$/;
const HEAD_BYTES = 4096;
const DRAFT_KEY = ',"draft":';

const metaSchema = z.object({
  format: z.literal(1),
  kind: z.enum(VERSION_KINDS),
  createdAt: z.string(),
  wordCount: z.number().int().nonnegative(),
  name: z.string().max(MAX_VERSION_NAME).optional(),
  headline: z.string(),
});

type Operation = 'save' | 'list' | 'read' | 'restore' | 'prune' | 'remove-all';

const HEADS: Record<Operation, { bn: string; en: string }> = {
  save: { bn: 'সংস্করণ সংরক্ষণ করা যায়নি', en: 'The version could not be saved' },
  list: { bn: 'সংস্করণের তালিকা পড়া যায়নি', en: 'The list of versions could not be read' },
  read: { bn: 'সংস্করণটি খোলা যায়নি', en: 'The version could not be opened' },
  restore: { bn: 'সংস্করণটি ফেরানো যায়নি', en: 'The version could not be restored' },
  prune: { bn: 'পুরোনো সংস্করণ মোছা যায়নি', en: 'Old versions could not be removed' },
  'remove-all': { bn: 'খসড়ার সংস্করণগুলো মোছা যায়নি', en: "The draft's versions could not be removed" },
};

function failure<T>(
  op: Operation,
  code: 'invalid-id' | 'invalid-argument' | 'corrupt' | 'not-found',
  bn: string,
  en: string,
  detail?: string,
): Result<T> {
  return fail(code, `${HEADS[op].bn}: ${bn}`, `${HEADS[op].en}: ${en}`, detail);
}

const pad = (ms: number) => String(ms).padStart(13, '0');

export function createVersionStore(dataDir: string, options: VersionStoreOptions = {}): VersionStore {
  const fs: VersionFs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const keepAuto = options.keepAuto ?? KEEP_AUTO_VERSIONS;
  const dirOf = (draftId: string) => join(dataDir, 'versions', draftId);
  // Crash leftovers (temp files of snapshots a kill interrupted), in every draft's folder, go before the first listing.
  const swept = fs.readdir(join(dataDir, 'versions')).then(
    (names) => removeStaleTemps(names.filter(isDraftId).map(dirOf), fs),
    () => [],
  );

  async function fileNames(draftId: string): Promise<string[]> {
    await swept;
    try {
      return (await fs.readdir(dirOf(draftId))).filter((n) => VERSION_FILE.test(n));
    } catch (err) {
      if (fsErrorCode(err) === 'not-found') return [];
      throw err;
    }
  }

  /** Newest first: the file names start with the time, zero-padded. */
  const newestFirst = (names: string[]) => [...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));

  async function write(draft: Draft, kind: VersionKind, name: string | undefined): Promise<VersionSummary> {
    const dir = dirOf(draft.id);
    await fs.mkdir(dir, { recursive: true });
    // Two snapshots in one millisecond (a restore right after a save) get consecutive times.
    const taken = new Set((await fileNames(draft.id)).map((n) => n.slice(0, 13)));
    let ms = now().getTime();
    while (taken.has(pad(ms))) ms++;
    const doc = schema.nodeFromJSON(draft.doc);
    const summary: VersionSummary = {
      id: `${pad(ms)}-${kind}`,
      draftId: draft.id,
      kind,
      ...(name === undefined ? {} : { name }),
      createdAt: new Date(ms).toISOString(),
      wordCount: wordCountOf(doc),
      headline: headlineOf(doc),
    };
    // The meta comes before the draft so that listing can read just the head of each file.
    const file = { format: 1, kind, createdAt: summary.createdAt, wordCount: summary.wordCount, name, headline: summary.headline, draft };
    await writeFileAtomic(join(dir, `${summary.id}.json`), JSON.stringify(file), fs);
    return summary;
  }

  async function readHead(path: string): Promise<unknown> {
    const handle = await fs.open(path, 'r');
    let head: string;
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.toString('utf8', 0, bytesRead);
    } finally {
      await handle.close();
    }
    const at = head.indexOf(DRAFT_KEY);
    // Inside a JSON string a quote is escaped, so the first unescaped `,"draft":` is the key itself.
    if (at >= 0) return JSON.parse(`${head.slice(0, at)}}`);
    return JSON.parse(await fs.readFile(path, 'utf8'));
  }

  type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

  function parseVersion(draftId: string, id: string, value: unknown): Parsed<Version> {
    const meta = metaSchema.safeParse(value);
    if (!meta.success) return { ok: false, reason: meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    const draft = parseDraft((value as { draft?: unknown }).draft);
    if (!draft.ok) return draft;
    if (draft.draft.id !== draftId) return { ok: false, reason: `draft id ${draft.draft.id} is not ${draftId}` };
    const { format: _format, ...rest } = meta.data;
    return { ok: true, value: { id, draftId, ...rest, draft: draft.draft } };
  }

  async function readVersion(op: Operation, draftId: string, versionId: string): Promise<Result<Version>> {
    if (!isDraftId(draftId))
      return failure(op, 'invalid-id', 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', 'that is not a valid draft id.', `id: ${JSON.stringify(draftId)}`);
    if (typeof versionId !== 'string' || !VERSION_ID.test(versionId)) {
      return failure(
        op,
        'invalid-id',
        'সংস্করণের শনাক্তকারী সঠিক নয়।',
        'that is not a valid version id.',
        `version: ${JSON.stringify(versionId)}`,
      );
    }
    let text: string;
    try {
      text = await fs.readFile(join(dirOf(draftId), `${versionId}.json`), 'utf8');
    } catch (err) {
      if (fsErrorCode(err) === 'not-found')
        return failure(op, 'not-found', 'সংস্করণটি খুঁজে পাওয়া যায়নি।', 'the version was not found.', versionId);
      return fsFailure(HEADS[op], err);
    }
    let parsed: Parsed<Version>;
    try {
      parsed = parseVersion(draftId, versionId, JSON.parse(text));
    } catch (err) {
      parsed = { ok: false, reason: `JSON: ${(err as Error).message}` };
    }
    return parsed.ok
      ? ok(parsed.value)
      : failure(op, 'corrupt', 'সংস্করণের ফাইলটি নষ্ট হয়ে গেছে।', 'the version file is damaged.', parsed.reason);
  }

  async function prune(draftId: string, keep: number): Promise<number> {
    const autos = newestFirst(await fileNames(draftId)).filter((n) => n.endsWith('-auto.json'));
    let removed = 0;
    for (const name of autos.slice(keep)) {
      try {
        await fs.unlink(join(dirOf(draftId), name));
        removed++;
      } catch (err) {
        if (fsErrorCode(err) !== 'not-found') throw err;
      }
    }
    return removed;
  }

  async function save(op: Operation, input: Draft, kind: VersionKind, name?: string): Promise<Result<VersionSummary>> {
    const id = (input as Partial<Draft> | null)?.id;
    if (!isDraftId(id))
      return failure(op, 'invalid-id', 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', 'that is not a valid draft id.', `id: ${JSON.stringify(id)}`);
    if (!(VERSION_KINDS as readonly string[]).includes(kind))
      return failure(op, 'invalid-argument', 'সংস্করণের ধরন সঠিক নয়।', 'that is not a kind of version.', String(kind));
    const trimmed = typeof name === 'string' ? name.trim() : undefined;
    if (name !== undefined && (typeof name !== 'string' || !trimmed || trimmed.length > MAX_VERSION_NAME)) {
      return failure(
        op,
        'invalid-argument',
        `সংস্করণের নাম ফাঁকা রাখা যাবে না, ${MAX_VERSION_NAME} অক্ষরের বেশিও হবে না।`,
        `a version name must be 1 to ${MAX_VERSION_NAME} characters.`,
      );
    }
    if (kind === 'named' && !trimmed) return failure(op, 'invalid-argument', 'সংস্করণের একটি নাম দিন।', 'a named version needs a name.');
    const parsed = parseDraft(input);
    if (!parsed.ok) return failure(op, 'invalid-argument', 'খসড়ার গঠন সঠিক নয়।', 'the draft is not well-formed.', parsed.reason);
    try {
      const summary = await write(parsed.draft, kind, trimmed);
      // The snapshot is safe on disk; a prune that fails now is retried by the next automatic one.
      if (kind === 'auto') await prune(parsed.draft.id, keepAuto).catch(() => 0);
      return ok(summary);
    } catch (err) {
      return fsFailure(HEADS[op], err);
    }
  }

  return {
    save: (draft, kind, name) => save('save', draft, kind, name),

    list: async (draftId) => {
      if (!isDraftId(draftId))
        return failure(
          'list',
          'invalid-id',
          'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।',
          'that is not a valid draft id.',
          `id: ${JSON.stringify(draftId)}`,
        );
      try {
        const out: VersionSummary[] = [];
        for (const name of newestFirst(await fileNames(draftId))) {
          const id = name.slice(0, -'.json'.length);
          let meta: z.infer<typeof metaSchema> | null = null;
          try {
            const parsed = metaSchema.safeParse(await readHead(join(dirOf(draftId), name)));
            if (parsed.success) meta = parsed.data;
          } catch (err) {
            if (err instanceof SyntaxError || fsErrorCode(err) === 'not-found') meta = null;
            else throw err;
          }
          // A file that is not a version (damaged, foreign, or pruned meanwhile) is not listed; reading it reports why.
          if (!meta) continue;
          const { format: _format, ...rest } = meta;
          out.push({ id, draftId, ...rest });
        }
        return ok(out);
      } catch (err) {
        return fsFailure(HEADS.list, err);
      }
    },

    read: (draftId, versionId) => readVersion('read', draftId, versionId),

    restore: async (current, versionId) => {
      const draftId = (current as Partial<Draft> | null)?.id;
      const version = await readVersion('restore', draftId as string, versionId);
      if (!version.ok) return version;
      const backup = await save('restore', current, 'before-restore');
      if (!backup.ok) return backup;
      const restored: Draft = {
        ...version.value.draft,
        meta: { ...version.value.draft.meta, status: current.meta.status, createdAt: current.meta.createdAt },
      };
      return ok({ draft: restored, backup: backup.value });
    },

    prune: async (draftId, keep = keepAuto) => {
      if (!isDraftId(draftId))
        return failure(
          'prune',
          'invalid-id',
          'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।',
          'that is not a valid draft id.',
          `id: ${JSON.stringify(draftId)}`,
        );
      if (!Number.isInteger(keep) || keep < 0)
        return failure(
          'prune',
          'invalid-argument',
          'কতগুলো সংস্করণ রাখা হবে, তা সঠিক নয়।',
          'the number of versions to keep is not valid.',
          String(keep),
        );
      try {
        return ok(await prune(draftId, keep));
      } catch (err) {
        return fsFailure(HEADS.prune, err);
      }
    },

    removeAll: async (draftId) => {
      if (!isDraftId(draftId))
        return failure(
          'remove-all',
          'invalid-id',
          'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।',
          'that is not a valid draft id.',
          `id: ${JSON.stringify(draftId)}`,
        );
      try {
        await fs.rm(dirOf(draftId), { recursive: true, force: true });
        return ok(undefined);
      } catch (err) {
        return fsFailure(HEADS['remove-all'], err);
      }
    },
  };
}
