/** ASCII digits as Bengali ones (12 → ১২), for Bengali copy and for counts in Bengali messages. */
export function bengaliDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(0x09e6 + d.charCodeAt(0) - 0x30));
}

/** Bengali digits as ASCII ones (১২ → 12). */
export function asciiDigits(text: string): string {
  return text.replace(/[০-৯]/g, (d) => String.fromCharCode(0x30 + d.charCodeAt(0) - 0x09e6));
}
