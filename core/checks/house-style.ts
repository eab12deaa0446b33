import { fail, ok, type Result } from '../api/result';

/** How a newsroom wants its copy: the checker flags departures from it and the exporter writes it. */
export interface HouseStyle {
  /** `nfc`: ড় ঢ় য় as letter + nukta (what NFC yields); `nukta-precomposed`: one code point each (Avro, Hunspell bn_BD). */
  unicodeForm: 'nfc' | 'nukta-precomposed';
  /** Which digits the copy uses; `any` turns `style/digits` off. */
  digits: 'bengali' | 'ascii' | 'any';
  /** Spelling pairs the house has decided: variant → preferred (ইতিমধ্যে → ইতোমধ্যে). */
  preferredSpellings: Record<string, string>;
  glossPolicy: {
    /** Gloss an entity once, at its first mention (`gloss/repeated`, `gloss/late`). */
    firstMentionOnly: boolean;
    /** Flag a foreign entity whose first mention has no gloss (`gloss/missing`). */
    requireGlossOnFirstMention: boolean;
  };
}

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  unicodeForm: 'nfc',
  digits: 'bengali',
  preferredSpellings: {
    'ইতিমধ্যে': 'ইতোমধ্যে',
    'ইতিমধ্যেই': 'ইতোমধ্যেই',
    'সরকারী': 'সরকারি',
    'বেসরকারী': 'বেসরকারি',
    'দরকারী': 'দরকারি',
    'শ্রেণী': 'শ্রেণি',
    'বাড়ী': 'বাড়ি',
    'গাড়ী': 'গাড়ি',
  },
  glossPolicy: { firstMentionOnly: true, requireGlossOnFirstMention: false },
};

const UNICODE_FORMS = ['nfc', 'nukta-precomposed'] as const;
const DIGIT_STYLES = ['bengali', 'ascii', 'any'] as const;

function invalid(en: string, bn: string): Result<HouseStyle> {
  return fail('invalid-argument', `হাউস স্টাইল ঠিক নেই: ${bn}`, `The house style is not valid: ${en}`);
}

/**
 * Reads a house style from JSON. Missing fields take the default, so a newsroom file need only say
 * what differs; a field of the wrong type refuses the whole file rather than being half-applied.
 */
export function parseHouseStyle(json: unknown): Result<HouseStyle> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return invalid('expected an object', 'একটি অবজেক্ট প্রত্যাশিত');
  const input = json as Record<string, unknown>;
  const style: HouseStyle = {
    ...DEFAULT_HOUSE_STYLE,
    preferredSpellings: { ...DEFAULT_HOUSE_STYLE.preferredSpellings },
    glossPolicy: { ...DEFAULT_HOUSE_STYLE.glossPolicy },
  };
  if (input.unicodeForm !== undefined) {
    if (!UNICODE_FORMS.includes(input.unicodeForm as HouseStyle['unicodeForm'])) {
      return invalid(`unicodeForm must be one of ${UNICODE_FORMS.join(', ')}`, `unicodeForm হবে ${UNICODE_FORMS.join(', ')}-এর একটি`);
    }
    style.unicodeForm = input.unicodeForm as HouseStyle['unicodeForm'];
  }
  if (input.digits !== undefined) {
    if (!DIGIT_STYLES.includes(input.digits as HouseStyle['digits'])) {
      return invalid(`digits must be one of ${DIGIT_STYLES.join(', ')}`, `digits হবে ${DIGIT_STYLES.join(', ')}-এর একটি`);
    }
    style.digits = input.digits as HouseStyle['digits'];
  }
  if (input.preferredSpellings !== undefined) {
    const pairs = input.preferredSpellings;
    if (typeof pairs !== 'object' || pairs === null || Array.isArray(pairs)) {
      return invalid('preferredSpellings must be an object of variant → preferred', 'preferredSpellings হবে বিকল্প বানান → পছন্দের বানানের অবজেক্ট');
    }
    for (const [variant, preferred] of Object.entries(pairs)) {
      if (typeof preferred !== 'string' || preferred === '' || variant === '') {
        return invalid(`preferredSpellings["${variant}"] must be a non-empty string`, `preferredSpellings["${variant}"] খালি বা অ-টেক্সট হতে পারে না`);
      }
    }
    style.preferredSpellings = { ...(pairs as Record<string, string>) };
  }
  if (input.glossPolicy !== undefined) {
    const policy = input.glossPolicy as Record<string, unknown>;
    if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
      return invalid('glossPolicy must be an object', 'glossPolicy একটি অবজেক্ট হতে হবে');
    }
    for (const key of ['firstMentionOnly', 'requireGlossOnFirstMention'] as const) {
      if (policy[key] === undefined) continue;
      if (typeof policy[key] !== 'boolean') return invalid(`glossPolicy.${key} must be true or false`, `glossPolicy.${key} হবে true অথবা false`);
      style.glossPolicy[key] = policy[key];
    }
  }
  return ok(style);
}
