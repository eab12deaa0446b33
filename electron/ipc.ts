import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { htmlFileName, INVOKE_METHODS, invokeChannel, type NewsroomInvokeMethods, type NewsroomService } from '../core/api/newsroom-api';
import { fail, ok, type Result } from '../core/api/result';
import { checkGlossaryEntry, NAME_MAX } from '../core/glossary/validate';
import { DRAFT_ID_PATTERN, DRAFT_STATUSES, isDraftId } from '../core/document/draft';
import { parseDraft } from '../core/document/draft-file';
import { settingsPatchSchema } from '../core/api/settings';
import { MAX_VERSION_NAME, VERSION_ID } from './services/versions';
import { BENGALI_WORD, MAX_DICTIONARY_WORD } from '../core/api/dictionary-api';

/** The event as the handlers read it: only the frame that sent the request. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

/** The slice of Electron's `ipcMain` the handlers use; a plain object in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
}

type ArgsOf<M extends NewsroomInvokeMethods> = Parameters<NewsroomService[M]>;
type Validator<M extends NewsroomInvokeMethods> = (args: unknown[]) => Result<ArgsOf<M>>;

function invalidArgument<T>(detail: string): Result<T> {
  return fail('invalid-argument', 'অনুরোধের তথ্য সঠিক নয়।', 'The request is not valid.', detail);
}

function invalidId<T>(id: unknown): Result<T> {
  // Only the start of what was sent: the detail travels back to the page, and the id may be megabytes.
  const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 60)) : typeof id;
  return fail('invalid-id', 'খসড়ার শনাক্তকারী (আইডি) সঠিক নয়।', 'That is not a valid draft id.', `id: ${shown}`);
}

/** What was thrown, for the error's detail; even a thrown value that cannot be printed. */
function detailOf(err: unknown): string {
  try {
    return (err as Error | null)?.stack ?? String(err);
  } catch {
    return '(a value that cannot be printed)';
  }
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`).join('; ');
}

const noArguments = z.tuple([]);

function none<M extends NewsroomInvokeMethods>(): Validator<M> {
  return (args) => {
    const parsed = noArguments.safeParse(args);
    return parsed.success ? ok([] as unknown as ArgsOf<M>) : invalidArgument(issues(parsed.error));
  };
}

/** The arguments as one zod tuple describes them (and transforms them). */
function argumentsOf<M extends NewsroomInvokeMethods>(schema: z.ZodType<ArgsOf<M>, unknown>): Validator<M> {
  return (args) => {
    const parsed = schema.safeParse(args);
    return parsed.success ? ok(parsed.data) : invalidArgument(issues(parsed.error));
  };
}

function draftIdOnly<
  M extends 'openDraft' | 'deleteDraft' | 'restoreDraft' | 'acceptRecovery' | 'declineRecovery' | 'sendToDesk' | 'openDeskDraft',
>(): Validator<M> {
  return (args) => {
    if (args.length !== 1) return invalidArgument(`expected one draft id, got ${args.length} arguments`);
    return isDraftId(args[0]) ? ok([args[0]] as ArgsOf<M>) : invalidId(args[0]);
  };
}

/** One draft: the id first (so a path never reaches the store), then the whole draft, bounded in depth and size. */
const oneDraft: Validator<'saveDraft' | 'journalDraft'> = (args) => {
  if (args.length !== 1) return invalidArgument(`expected one draft, got ${args.length} arguments`);
  const id = (args[0] as { id?: unknown } | null)?.id;
  if (!isDraftId(id)) return invalidId(id);
  const parsed = parseDraft(args[0]);
  return parsed.ok ? ok([parsed.draft]) : fail('invalid-argument', parsed.message.bn, parsed.message.en, parsed.reason);
};

/** The largest page or clipboard text accepted, in UTF-8 bytes: far beyond any article, short of exhausting memory. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

// The length check first, so an absurd string is refused before it is measured byte by byte.
const exportText = z
  .string()
  .max(MAX_EXPORT_BYTES)
  .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_EXPORT_BYTES, { message: `larger than ${MAX_EXPORT_BYTES} bytes` });

const exportRequest = z
  .object({
    html: exportText,
    // Whatever the page sends is only a suggestion: it is reduced to a plain file name here.
    suggestedName: z.string().max(1000).transform(htmlFileName),
  })
  .strict();

// One entry as the glossary's own validator takes it (names only, in their script; the same rules as
// every import path), so what the page sends and what a file brings are held to one standard.
const glossaryEntry = z.unknown().transform((raw, ctx) => {
  const checked = checkGlossaryEntry(raw);
  if (checked.ok) return checked.entry;
  for (const problem of checked.problems) ctx.addIssue({ code: 'custom', message: problem.en });
  return z.NEVER;
});
/** The spelling that names an entry of the user's glossary. */
const entrySpelling = z.string().trim().min(1).max(NAME_MAX);

/** A draft id first, then what the versions method takes besides (nothing, a version id, a name). */
function versionsOf<M extends 'listVersions' | 'readVersion' | 'restoreVersion' | 'saveVersion'>(rest: z.ZodTuple | null): Validator<M> {
  return (args) => {
    if (!isDraftId(args[0])) return invalidId(args[0]);
    if (rest === null)
      return args.length === 1 ? ok([args[0]] as ArgsOf<M>) : invalidArgument(`expected one draft id, got ${args.length} arguments`);
    const parsed = rest.safeParse(args);
    return parsed.success ? ok(parsed.data as ArgsOf<M>) : invalidArgument(issues(parsed.error));
  };
}
const versionId = z.tuple([z.string(), z.string().regex(VERSION_ID, 'not a version id')]);

const dictionaryWordArgument = z
  .string()
  .trim()
  .min(1)
  .max(MAX_DICTIONARY_WORD)
  .refine((word) => BENGALI_WORD.test(word), { message: 'not one word in Bengali letters' });
const dictionaryFileKind = z.enum(['hunspell', 'shared']);

/** The longest search query accepted: far beyond what anyone types in a search field. */
export const MAX_SEARCH_QUERY = 500;

const conflictChoice = z.enum(['mine', 'theirs']);
const resolveConflict: Validator<'resolveConflict'> = (args) => {
  if (args.length !== 2) return invalidArgument(`expected a draft and a choice, got ${args.length} arguments`);
  const draft = oneDraft([args[0]]);
  if (!draft.ok) return draft;
  const choice = conflictChoice.safeParse(args[1]);
  return choice.success ? ok([draft.value[0], choice.data]) : invalidArgument(issues(choice.error));
};

/**
 * One validator per invoke method, in the order of the domain interfaces; a method added to an
 * interface without one fails the build here. Files are chosen in the main process's own dialogs, so
 * the methods that read or write one take no path from the page.
 */
const VALIDATORS: { [M in NewsroomInvokeMethods]: Validator<M> } = {
  // Drafts
  listDrafts: none(),
  createDraft: none(),
  openDraft: draftIdOnly(),
  saveDraft: oneDraft,
  deleteDraft: draftIdOnly(),
  listTrash: none(),
  restoreDraft: draftIdOnly(),
  searchDrafts: argumentsOf(z.tuple([z.string().max(MAX_SEARCH_QUERY)])),
  // Versions
  listVersions: versionsOf(null),
  saveVersion: versionsOf(z.tuple([z.string(), z.string().trim().min(1).max(MAX_VERSION_NAME)])),
  readVersion: versionsOf(versionId),
  restoreVersion: versionsOf(versionId),
  // Glossary
  getGlossary: none(),
  addGlossaryEntry: argumentsOf(z.tuple([glossaryEntry])),
  getGlossaryView: none(),
  editGlossaryEntry: argumentsOf(z.tuple([entrySpelling, glossaryEntry])),
  removeGlossaryEntry: argumentsOf(z.tuple([entrySpelling])),
  previewGlossaryImport: none(),
  applyGlossaryImport: argumentsOf(z.tuple([z.string().uuid()])),
  exportGlossary: argumentsOf(z.tuple([z.enum(['csv', 'json'])])),
  chooseSharedGlossary: none(),
  clearSharedGlossary: none(),
  // Settings
  getSettings: none(),
  updateSettings: argumentsOf(z.tuple([settingsPatchSchema])),
  // Safekeeping
  journalDraft: oneDraft,
  pendingRecoveries: none(),
  acceptRecovery: draftIdOnly(),
  declineRecovery: draftIdOnly(),
  resolveConflict,
  takeNotices: none(),
  // Files
  exportHtml: argumentsOf(z.tuple([exportRequest])),
  copyHtml: argumentsOf(z.tuple([z.object({ html: exportText, text: exportText }).strict()])),
  importFile: none(),
  // Desk: the folder is chosen in the main process's own dialog; drafts are named only by id.
  chooseDeskFolder: none(),
  clearDeskFolder: none(),
  sendToDesk: draftIdOnly(),
  listDesk: none(),
  openDeskDraft: draftIdOnly(),
  setDeskStatus: argumentsOf(z.tuple([z.string().regex(DRAFT_ID_PATTERN, 'not a draft id'), z.enum(DRAFT_STATUSES)])),
  // Dictionary: words the service checks itself (Bengali letters only); files only from the main process's dialog.
  getDictionaryWords: argumentsOf(z.tuple([z.string().max(40)])),
  addDictionaryWord: argumentsOf(z.tuple([dictionaryWordArgument])),
  removeDictionaryWord: argumentsOf(z.tuple([dictionaryWordArgument])),
  chooseDictionaryFile: argumentsOf(z.tuple([dictionaryFileKind])),
  clearDictionaryFile: argumentsOf(z.tuple([dictionaryFileKind])),
};

/**
 * A sender check for a renderer loaded from one file: the frame's URL must name that file (a hash or
 * query string aside). Compared as paths, so two spellings of one URL (percent-encoding of a Bengali
 * user name, say) agree. Anything else, including other file:// pages, is untrusted.
 */
export function isSameFileUrl(expectedHref: string): (url: string) => boolean {
  const expected = fileURLToPath(expectedHref);
  return (url) => {
    try {
      return fileURLToPath(url) === expected;
    } catch {
      return false;
    }
  };
}

/**
 * Wires every invoke method of the bridge to the service. Each handler checks who sent the request and
 * validates the arguments before the service sees them, and always resolves to a Result: nothing
 * thrown here would reach the renderer as anything better than an opaque string.
 */
export interface NewsroomHandlers {
  /**
   * Resolves once every request in flight has been answered. The shell waits for it before quitting,
   * so a save the page sends as its window closes still reaches the disk.
   */
  idle(): Promise<void>;
}

export function registerNewsroomHandlers(
  ipc: IpcMainLike,
  service: NewsroomService,
  isTrustedSender: (url: string) => boolean,
): NewsroomHandlers {
  const inFlight = new Set<Promise<unknown>>();
  /**
   * One request, from sender check to the service's answer, under one guard: whatever arrives and
   * whatever any step throws (a validator as much as the service), the page gets a Result.
   */
  const answer = async <M extends NewsroomInvokeMethods>(method: M, event: InvokeEvent, args: unknown[]): Promise<Result<unknown>> => {
    let valid: Result<ArgsOf<M>>;
    try {
      const url = event.senderFrame?.url;
      if (url === undefined || !isTrustedSender(url)) {
        return fail(
          'invalid-argument',
          'অনুরোধটি অচেনা উৎস থেকে এসেছে, তাই মানা হয়নি।',
          'The request came from an unknown page and was refused.',
          `sender: ${url ?? '(no frame)'}`,
        );
      }
      valid = (VALIDATORS[method] as Validator<M>)(args);
    } catch (err) {
      return invalidArgument(detailOf(err));
    }
    if (!valid.ok) return valid;
    try {
      return await (service[method] as (...args: ArgsOf<M>) => Promise<Result<unknown>>)(...valid.value);
    } catch (err) {
      return fail('io', 'অপ্রত্যাশিত সমস্যা হয়েছে।', 'Something unexpected went wrong.', detailOf(err));
    }
  };
  const register = <M extends NewsroomInvokeMethods>(method: M): void => {
    ipc.handle(invokeChannel(method), (event, ...args) => {
      const pending = answer(method, event, args);
      inFlight.add(pending);
      void pending.then(() => inFlight.delete(pending));
      return pending;
    });
  };
  for (const method of INVOKE_METHODS) register(method);

  const idle = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.all(inFlight);
  };
  return { idle };
}
