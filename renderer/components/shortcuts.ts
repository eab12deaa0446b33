const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** A ProseMirror key name ("Shift-Mod-Z") in the platform's own notation, for tooltips. */
export function shortcutLabel(combo: string): string {
  return isMac
    ? combo
        .replace(/Shift-/g, '⇧')
        .replace(/Alt-/g, '⌥')
        .replace(/Mod-/g, '⌘')
    : combo
        .replace(/Mod-/g, 'Ctrl+')
        .replace(/Shift-/g, 'Shift+')
        .replace(/Alt-/g, 'Alt+');
}
