/**
 * What does not count as writing: white space of any script (spaces, no-break and ideographic spaces, line breaks)
 * and the invisible "default ignorable" characters — zero-width space U+200B, zero-width (non-)joiners U+200C and
 * U+200D, word joiner U+2060, byte-order mark U+FEFF, soft hyphen, bidi marks and overrides, variation selectors,
 * Hangul fillers — and the blank Braille pattern U+2800.
 */
const INVISIBLE = '[\\s\\p{Default_Ignorable_Code_Point}\\u2800]';
const AT_THE_ENDS = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gu');
const ONLY_INVISIBLE = new RegExp(`^${INVISIBLE}*$`, 'u');

/** The text without invisible characters at either end (those inside stay: a joiner inside an Arabic word or an emoji matters). */
export function trimText(text: string): string {
  return text.replace(AT_THE_ENDS, '');
}

/** True when nothing visible is written: "", "  ", "\u200b", "\ufeff\u00a0". A required comment must not be blank. */
export function isBlankText(text: string | null | undefined): boolean {
  return ONLY_INVISIBLE.test(text ?? '');
}
