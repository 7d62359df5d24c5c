import { normaliseForComparison } from '../text/normalise-text';
import { ParsedDeadline } from './deadline-kind';

const EXACT_FORMS: RegExp[] = [/^20\d\d$/, /^20\d\d ?- ?20\d\d$/, /^en continu$/, /^annuellement$/, /^a partir de 20\d\d$/, /^a determiner$/];

const UNDETERMINED = /determin|depend|apres la publication|^idem$/;
const FROM = /a partir/;
const ANNUAL = /annuel|chaque annee/;
const RECURRING = /continu|tous les ?\d* ?ans|chaque deux ans/;

/**
 * Interprets a printed deadline. Rules apply in this order (see docs/rules.md):
 * nothing / "à déterminer" / conditional → TBD; "à partir de YYYY" → FROM_YEAR;
 * "annuellement" / "chaque année" → ANNUAL; two years → RANGE; one year → YEAR;
 * "en continu" / "tous les N ans" → CONTINUOUS; anything else → TBD.
 */
export function parseDeadline(raw: string | null | undefined): ParsedDeadline {
  const text = normaliseForComparison(raw ?? '');
  const exact = EXACT_FORMS.some((form) => form.test(text));
  const years = [...text.matchAll(/\b(20\d\d)\b/g)].map((match) => Number(match[1]));
  const firstYear = years.length > 0 ? years[0] : null;

  if (text === '' || UNDETERMINED.test(text)) {
    return { kind: 'TBD', year: null, endYear: null, exact: text === '' || exact };
  }
  if (FROM.test(text) && firstYear !== null) {
    return { kind: 'FROM_YEAR', year: firstYear, endYear: null, exact };
  }
  if (ANNUAL.test(text)) {
    return { kind: 'ANNUAL', year: firstYear, endYear: null, exact };
  }
  const distinctYears = [...new Set(years)].sort();
  if (distinctYears.length >= 2) {
    return { kind: 'RANGE', year: distinctYears[0], endYear: distinctYears[distinctYears.length - 1], exact };
  }
  if (firstYear !== null) {
    return { kind: 'YEAR', year: firstYear, endYear: null, exact };
  }
  if (RECURRING.test(text)) {
    return { kind: 'CONTINUOUS', year: null, endYear: null, exact };
  }
  return { kind: 'TBD', year: null, endYear: null, exact: false };
}
