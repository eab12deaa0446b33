import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename } from 'node:path';
import type { GlossaryFileFormat, GlossaryImportPreview, GlossaryView, NewsroomService } from '../../core/api/newsroom-api';
import { fail, ok, type Result } from '../../core/api/result';
import { decodeUtf8Text } from '../../core/document/decode-text';
import { exportGlossaryCsv, exportGlossaryJson, readGlossaryFile } from '../../core/glossary/io';
import type { GlossaryEntry } from '../../core/glossary/types';
import { fsFailure, writeChosenFile, type AtomicWriteFs } from './atomic-write';
import { planGlossaryImport, type GlossaryLayers, type GlossaryStore } from './glossary-store';

/** Where glossary files come from and go: Electron's dialogs in the app, chosen paths in tests. */
export interface GlossaryFileDialogs {
  /** The CSV or JSON file to import, or null if the user cancelled. */
  chooseImport(): Promise<string | null>;
  /** Where to export, offered as `suggestedName`, or null if the user cancelled. */
  chooseExport(suggestedName: string): Promise<string | null>;
  /** The newsroom's shared glossary file, or null if the user cancelled. */
  chooseShared(): Promise<string | null>;
}

export const GLOSSARY_FILE_EXTENSIONS = ['csv', 'json'] as const;

/** A glossary file larger than this is no glossary: refused before it is read. */
export const MAX_GLOSSARY_BYTES = 10 * 1024 * 1024;

export interface GlossaryManagerOptions {
  store: GlossaryStore;
  /** Without them (no window to own a dialog), import, export and choosing a shared file answer with an error. */
  dialogs?: GlossaryFileDialogs;
  /** Keeps the shared file's path in the settings, so the next start reads the same file. */
  keepSharedPath(path: string | null): Result<void>;
  fs?: AtomicWriteFs & Pick<typeof nodeFs, 'readFile' | 'stat'>;
}

export type GlossaryManagerMethods = Pick<
  NewsroomService,
  | 'getGlossaryView'
  | 'editGlossaryEntry'
  | 'removeGlossaryEntry'
  | 'previewGlossaryImport'
  | 'applyGlossaryImport'
  | 'exportGlossary'
  | 'chooseSharedGlossary'
  | 'clearSharedGlossary'
>;

const IMPORT_FAILED = { bn: 'শব্দকোষ আমদানি করা যায়নি', en: 'The glossary could not be imported' };
const EXPORT_FAILED = { bn: 'শব্দকোষ রপ্তানি করা যায়নি', en: 'The glossary could not be exported' };
const SHARED_FAILED = { bn: 'নিউজরুমের শব্দকোষ বেছে নেওয়া যায়নি', en: "The newsroom's glossary could not be chosen" };

function noDialog<T>(what: { bn: string; en: string }, err?: unknown): Result<T> {
  return err === undefined
    ? fail('io', `${what.bn}: এখানে এই সুবিধা নেই।`, `${what.en}: not available here.`)
    : fail(
        'io',
        `${what.bn}: ফাইল বাছাইয়ের ডায়ালগ খোলা যায়নি।`,
        `${what.en}: the file dialog did not open.`,
        (err as Error)?.message ?? String(err),
      );
}

const viewOf = (layers: GlossaryLayers): GlossaryView => ({
  own: layers.own,
  shared: layers.shared,
  sharedStatus: layers.status,
  merged: layers.merged,
});

/**
 * The glossary manager's side of the bridge. An import is read and planned first (what it adds, what it
 * replaces, every problem by line) and kept here under a token; only the confirmed token applies it,
 * so what is applied is exactly what the user saw, and a file with any problem is never applied.
 */
export function createGlossaryManager({ store, dialogs, keepSharedPath, fs = nodeFs }: GlossaryManagerOptions): GlossaryManagerMethods {
  let pending: { token: string; entries: GlossaryEntry[] } | null = null;

  const view = async (): Promise<Result<GlossaryView>> => {
    const layers = await store.layers();
    return layers.ok ? ok(viewOf(layers.value)) : layers;
  };
  const then = async (changed: Result<unknown>): Promise<Result<GlossaryView>> => (changed.ok ? view() : changed);

  async function ask(
    what: { bn: string; en: string },
    choose: (d: GlossaryFileDialogs) => Promise<string | null>,
  ): Promise<Result<string | null>> {
    if (!dialogs) return noDialog(what);
    try {
      return ok(await choose(dialogs));
    } catch (err) {
      return noDialog(what, err);
    }
  }

  async function readText(path: string): Promise<Result<string>> {
    const name = basename(path);
    try {
      if ((await fs.stat(path)).size > MAX_GLOSSARY_BYTES) {
        return fail(
          'invalid-argument',
          `"${name}" শব্দকোষ হিসেবে অনেক বড় (১০ মেগাবাইটের বেশি)।`,
          `"${name}" is too large for a glossary (over 10 MB).`,
        );
      }
      const decoded = decodeUtf8Text(await fs.readFile(path));
      if (decoded.ok) return ok(decoded.text);
      return fail('invalid-argument', `"${name}" ফাইলটি ইউনিকোড (UTF-8) লেখা নয়।`, `"${name}" is not UTF-8 text.`);
    } catch (err) {
      return fsFailure(IMPORT_FAILED, err);
    }
  }

  return {
    getGlossaryView: view,
    editGlossaryEntry: async (bn, entry) => then(await store.edit(bn, entry)),
    removeGlossaryEntry: async (bn) => then(await store.remove(bn)),

    previewGlossaryImport: async () => {
      const chosen = await ask(IMPORT_FAILED, (d) => d.chooseImport());
      if (!chosen.ok || chosen.value === null) return chosen as Result<null>;
      const path = chosen.value;
      const text = await readText(path);
      if (!text.ok) return text;
      const own = await store.own();
      if (!own.ok) return own;
      const read = readGlossaryFile(path, text.value);
      const plan = planGlossaryImport(own.value, read.entries);
      const applicable = read.problems.length === 0 && plan.add.length + plan.replace.length > 0;
      pending = applicable ? { token: randomUUID(), entries: read.entries } : null;
      const preview: GlossaryImportPreview = { fileName: basename(path), token: pending?.token ?? null, ...plan, problems: read.problems };
      return ok(preview);
    },

    applyGlossaryImport: async (token) => {
      if (!pending || pending.token !== token) {
        return fail('not-found', 'এই আমদানিটি আর প্রস্তুত নেই; ফাইলটি আবার বেছে নিন।', 'This import is no longer ready; choose the file again.');
      }
      const { entries } = pending;
      pending = null;
      return then(await store.importEntries(entries));
    },

    exportGlossary: async (format: GlossaryFileFormat) => {
      const own = await store.own();
      if (!own.ok) return own;
      const chosen = await ask(EXPORT_FAILED, (d) => d.chooseExport(`glossary.${format}`));
      if (!chosen.ok || chosen.value === null) return chosen as Result<null>;
      const path = chosen.value;
      try {
        await writeChosenFile(path, format === 'csv' ? exportGlossaryCsv(own.value) : exportGlossaryJson(own.value), fs);
        return ok({ path });
      } catch (err) {
        return fsFailure(EXPORT_FAILED, err);
      }
    },

    chooseSharedGlossary: async () => {
      const chosen = await ask(SHARED_FAILED, (d) => d.chooseShared());
      if (!chosen.ok || chosen.value === null) return chosen as Result<null>;
      const kept = keepSharedPath(chosen.value);
      if (!kept.ok) return kept;
      return then(await store.setSharedPath(chosen.value));
    },

    clearSharedGlossary: async () => {
      const kept = keepSharedPath(null);
      if (!kept.ok) return kept;
      return then(await store.setSharedPath(null));
    },
  };
}
