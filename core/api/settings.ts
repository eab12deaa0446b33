/**
 * The settings: one schema that the settings dialog, the IPC validation and the main-process service
 * all check with, the types inferred from it, and the defaults. zod/mini, as the house style, so the
 * dialog validates in the page with the same rules (see core/bengali/house-style.ts).
 */
import * as z from 'zod/mini';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema, type HouseStyle } from '../bengali/house-style';
import { describeIssues } from '../bengali/schema-issues';
import type { UiLanguage } from './i18n';
import { fail, ok, type Result } from './result';

/** Quiet time after typing before an autosave, in ms: the upper bound keeps "on disk within a second". */
export const AUTOSAVE_DELAY_RANGE = { min: 200, max: 1000 } as const;

/** The editor's text size in CSS pixels, as the dialog and the zoom commands keep it. */
export const FONT_SIZE_RANGE = { min: 14, max: 32 } as const;

const inRange = (range: { min: number; max: number }) => z.int().check(z.minimum(range.min), z.maximum(range.max));

/** The settings the settings dialog adds to the quick ones in the status bar. */
const managedSettingsSchema = z.strictObject({
  theme: z.enum(['light', 'dark']),
  autosaveDelayMs: inRange(AUTOSAVE_DELAY_RANGE),
  /** How the newsroom wants its copy: the checker in the editor and the export follow it. */
  houseStyle: houseStyleSchema,
  /** The newsroom's shared glossary file; chosen in the main process's own dialog, never sent by the page. */
  sharedGlossaryPath: z.nullable(z.string().check(z.minLength(1), z.maxLength(4096))),
  /** The newsroom's Hunspell `.dic` and shared word list; chosen in the main process's own dialog, as the glossary is. */
  hunspellDictionaryPath: z.nullable(z.string().check(z.minLength(1), z.maxLength(4096))),
  sharedDictionaryPath: z.nullable(z.string().check(z.minLength(1), z.maxLength(4096))),
});

// Who is writing, and the desk folder drafts pass through (issue 14): one block, kept together.
/** The longest name and initials a user gives themselves. */
export const USER_NAME_MAX = 80;
export const USER_INITIALS_MAX = 4;
/** A colour as the suggestion marks and the comment threads store it. */
export const USER_COLOR_PATTERN = /^#[0-9a-f]{6}$/i;

const deskSettingsShape = {
  /** The name suggestions, comments and the desk queue show; a draft's creator is recorded by it. */
  userName: z.string().check(z.maxLength(USER_NAME_MAX)),
  /** Shown where the name does not fit; derived from the name when empty (see userInitials). */
  userInitials: z.string().check(z.maxLength(USER_INITIALS_MAX)),
  userColor: z.string().check(z.regex(USER_COLOR_PATTERN)),
  /** The desk folder (a network drive or a synced folder); chosen in the main process's own dialog, never sent by the page. */
  deskPath: z.nullable(z.string().check(z.minLength(1), z.maxLength(4096))),
};

const DEFAULT_DESK_SETTINGS = { userName: '', userInitials: '', userColor: '#1f6f8b', deskPath: null };

/** The initials given, or the first letter (grapheme) of the name's first two words: রফিক আহমেদ → রআ. */
export function userInitials(settings: Pick<Settings, 'userName' | 'userInitials'>): string {
  const given = settings.userInitials.trim();
  if (given) return given;
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return settings.userName
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 2)
    .map((word) => graphemes.segment(word)[Symbol.iterator]().next().value?.segment ?? '')
    .join('');
}

const settingsSchema = z.extend(managedSettingsSchema, {
  ...deskSettingsShape,
  uiLanguage: z.enum(['bn', 'en'] as const satisfies readonly UiLanguage[]),
  /** Editor font size in CSS pixels. */
  fontSize: inRange(FONT_SIZE_RANGE),
  /** Names spelt as the glossary has them carry a quiet mark in the text. */
  markKnownNames: z.boolean(),
  /** `|` typed after Bengali text becomes the danda `।`. */
  pipeToDanda: z.boolean(),
});

/**
 * A change to the settings: any keys but the paths of the newsroom's glossary and dictionary files,
 * which only the main process's own file dialog sets. A key present but undefined means "unchanged".
 */
export const settingsPatchSchema = z.partial(
  z.omit(settingsSchema, { sharedGlossaryPath: true, deskPath: true, hunspellDictionaryPath: true, sharedDictionaryPath: true }),
);

export type Theme = z.infer<typeof managedSettingsSchema>['theme'];
export type ManagedSettings = z.infer<typeof managedSettingsSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_MANAGED_SETTINGS: ManagedSettings = {
  theme: 'light',
  autosaveDelayMs: 600,
  houseStyle: DEFAULT_HOUSE_STYLE,
  sharedGlossaryPath: null,
  hunspellDictionaryPath: null,
  sharedDictionaryPath: null,
};

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'bn',
  fontSize: 19,
  markKnownNames: false,
  pipeToDanda: true,
  ...DEFAULT_MANAGED_SETTINGS,
  ...DEFAULT_DESK_SETTINGS,
};

/** A settings change checked against the schema; a refusal names the field in both languages. */
export function parseSettingsPatch(patch: unknown): Result<SettingsPatch> {
  const parsed = settingsPatchSchema.safeParse(patch, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const { bn, en, detail } = describeIssues(parsed.error.issues);
  return fail('invalid-argument', `সেটিংসের মান সঠিক নয়: ${bn}`, `That settings value is not valid: ${en}`, detail);
}

/** `current` changed by a patch; a key present but undefined leaves the setting as it is, never unsets it. */
export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    uiLanguage: patch.uiLanguage ?? current.uiLanguage,
    fontSize: patch.fontSize ?? current.fontSize,
    markKnownNames: patch.markKnownNames ?? current.markKnownNames,
    pipeToDanda: patch.pipeToDanda ?? current.pipeToDanda,
    theme: patch.theme ?? current.theme,
    autosaveDelayMs: patch.autosaveDelayMs ?? current.autosaveDelayMs,
    houseStyle: patch.houseStyle ?? current.houseStyle,
    sharedGlossaryPath: current.sharedGlossaryPath,
    userName: patch.userName ?? current.userName,
    userInitials: patch.userInitials ?? current.userInitials,
    userColor: patch.userColor ?? current.userColor,
    deskPath: current.deskPath,
    hunspellDictionaryPath: current.hunspellDictionaryPath,
    sharedDictionaryPath: current.sharedDictionaryPath,
  };
}

/**
 * Each field of a stored object that its schema takes is kept, every other takes the default's: the
 * fields are the defaults' own, so one added to a schema and its defaults is read here too.
 */
function fieldsOrDefaults<T extends object>(
  shape: { [K in keyof T]: { safeParse(value: unknown): { success: true; data: unknown } | { success: false } } },
  defaults: T,
  stored: unknown,
): T {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const parsed = shape[key].safeParse(record[key]);
    if (parsed.success) out[key] = parsed.data as T[typeof key];
  }
  return out;
}

/** Each field of a stored house style that is not valid takes the default's, the others are kept. */
function sanitizeHouseStyle(stored: unknown): HouseStyle {
  return fieldsOrDefaults(houseStyleSchema.shape, DEFAULT_HOUSE_STYLE, stored);
}

/**
 * Settings as stored may be missing keys (an older version) or hold values edited by hand; each key that
 * is not valid falls back to its default (each field, inside the house style) rather than failing the
 * app's start.
 */
export function sanitizeSettings(stored: unknown): Settings {
  const houseStyle = typeof stored === 'object' && stored !== null ? (stored as { houseStyle?: unknown }).houseStyle : undefined;
  return { ...fieldsOrDefaults(settingsSchema.shape, DEFAULT_SETTINGS, stored), houseStyle: sanitizeHouseStyle(houseStyle) };
}
