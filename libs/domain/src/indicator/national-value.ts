/** How a national figure is stated: exactly (the default), "more than" (">17 000") or "about" ("environ 900"). */
export const NATIONAL_VALUE_QUALIFIERS = ['EXACT', 'MORE_THAN', 'ABOUT'] as const;
export type NationalValueQualifier = (typeof NATIONAL_VALUE_QUALIFIERS)[number];
export const DEFAULT_NATIONAL_VALUE_QUALIFIER: NationalValueQualifier = 'EXACT';

/** What a national figure is: an ACTUAL figure (the default; never dated in the future) or a TARGET (may be). */
export const NATIONAL_VALUE_KINDS = ['ACTUAL', 'TARGET'] as const;
export type NationalValueKind = (typeof NATIONAL_VALUE_KINDS)[number];
export const DEFAULT_NATIONAL_VALUE_KIND: NationalValueKind = 'ACTUAL';
