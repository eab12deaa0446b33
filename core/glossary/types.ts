export type EntityType = 'person' | 'place' | 'org' | 'other';

/** One glossary entry, as in DESIGN.md. `bn` is the canonical Bengali spelling, `en` the canonical English. */
export interface GlossaryEntry {
  bn: string;
  /** Other Bengali spellings seen in print; flagged as `entity/variant` and repaired to `bn`. */
  variants: string[];
  en: string;
  type: EntityType;
  /** Other accepted names: short forms (মোদি for নরেন্দ্র মোদি), adjective forms, English alternatives. */
  aliases?: string[];
  note?: string;
  /**
   * Whether the name is foreign to a Bengali reader, so that house styles requiring a gloss on the
   * first mention ask for one. Absent means foreign; local places and people set it to false.
   */
  foreign?: boolean;
}
