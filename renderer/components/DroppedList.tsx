import { DROP_MESSAGES, type DropCode } from '../../core/document/export-html';
import type { UiLanguage } from '../../core/api/newsroom-api';

interface DroppedListProps {
  /** What was left out, by kind; nothing is shown when empty. */
  codes: readonly DropCode[];
  intro: string;
  lang: UiLanguage;
  className: string;
}

/** Tells the user what an export or import left out, one line per kind, in the UI language. */
export function DroppedList({ codes, intro, lang, className }: DroppedListProps) {
  if (codes.length === 0) return null;
  return (
    <div className={className}>
      <p>{intro}</p>
      <ul>
        {codes.map((code) => (
          <li key={code} data-drop={code}>
            {DROP_MESSAGES[code][lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}
