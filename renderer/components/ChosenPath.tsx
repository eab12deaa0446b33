import type { ReactNode } from 'react';

interface ChosenPathProps {
  /** Names the place: classes `<name>-status`, `-path`, `-actions`, `-choose`, `-clear`; actions `choose-<name>`, `clear-<name>`. */
  name: string;
  /** The chosen file or folder, or null when none is. */
  path: string | null;
  /** How the path reads: a folder whole, a file by its name. The whole path is always the tooltip. */
  shown?: (path: string) => string;
  /** What follows the path on its line, e.g. how many words the file gave. */
  detail?: ReactNode;
  texts: { none: string; choose: string; change: string; clear: string };
  busy?: boolean;
  onChoose(): void;
  onClear(): void;
  /** Stands between the line and the buttons: why the file could not be read. */
  children?: ReactNode;
}

/**
 * A file or folder the user chooses in the settings (the desk folder, the newsroom's dictionary
 * files): which one is in use, or that none is, then a button to choose one (another, once one is
 * chosen) and one to stop using it.
 */
export function ChosenPath({
  name,
  path,
  shown = (whole) => whole,
  detail,
  texts,
  busy = false,
  onChoose,
  onClear,
  children,
}: ChosenPathProps) {
  return (
    <>
      <p className={`chosen-path-status ${name}-status`}>
        {path === null ? (
          texts.none
        ) : (
          <>
            <span className={`${name}-path`} dir="ltr" title={path}>
              {shown(path)}
            </span>
            {detail && <> {detail}</>}
          </>
        )}
      </p>
      {children}
      <div className={`chosen-path-actions ${name}-actions`}>
        <button type="button" className={`button ${name}-choose`} data-action={`choose-${name}`} disabled={busy} onClick={onChoose}>
          {path === null ? texts.choose : texts.change}
        </button>
        {path !== null && (
          <button type="button" className={`button quiet ${name}-clear`} data-action={`clear-${name}`} disabled={busy} onClick={onClear}>
            {texts.clear}
          </button>
        )}
      </div>
    </>
  );
}
