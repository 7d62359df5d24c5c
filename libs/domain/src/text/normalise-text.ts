/**
 * Folds a printed label for comparison: accents, case, typographic apostrophes and
 * white space do not distinguish two names ("Ministère de l’Industrie" = "ministere de l'industrie").
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
