/** How a PNQ deadline ("Echéance") reads once interpreted. */
export const DEADLINE_KINDS = ['YEAR', 'RANGE', 'FROM_YEAR', 'CONTINUOUS', 'ANNUAL', 'TBD'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface ParsedDeadline {
  kind: DeadlineKind;
  /** YEAR: the year; RANGE: first year; FROM_YEAR / ANNUAL: the starting year when printed. */
  year: number | null;
  /** RANGE only: the last year. */
  endYear: number | null;
  /** False when the printed text says more than the kind captures (e.g. "Fin 2023 et en fonction des demandes"). */
  exact: boolean;
}
