/**
 * A count and its noun in French, agreed as French agrees it: singular for 0 and 1 (« 0 ligne », « 1 ligne »), plural
 * from 2 (« 2 lignes ») — never « ligne(s) ». The plural defaults to the noun with an s.
 */
export function countInFrench(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${Math.abs(count) < 2 ? singular : plural}`;
}
