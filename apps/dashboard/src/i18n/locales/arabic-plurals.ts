/** One wording for every Arabic plural form, for sentences phrased so the number needs no agreement (« الآجال المحددة: 3 »). */
export function sameInEveryForm<K extends string>(key: K, text: string): Record<`${K}_one` | `${K}_other`, string> {
  return Object.fromEntries(['zero', 'one', 'two', 'few', 'many', 'other'].map((form) => [`${key}_${form}`, text])) as Record<
    `${K}_one` | `${K}_other`,
    string
  >;
}
