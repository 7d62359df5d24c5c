import { describe, expect, it } from 'vitest';
import { parseDeadline } from './parse-deadline';

describe('parseDeadline', () => {
  it.each([
    // printed                                                        kind          year  endYear exact
    ['2025', 'YEAR', 2025, null, true],
    ['Fin 2024', 'YEAR', 2024, null, false],
    ['Fin 2023 et en fonction des demandes', 'YEAR', 2023, null, false],
    ['2025 et mise à jour en continu', 'YEAR', 2025, null, false],
    ['2025 Refaire l’étude après ans', 'YEAR', 2025, null, false],
    ['2024-2026', 'RANGE', 2024, 2026, true],
    ['2024 - 2025', 'RANGE', 2024, 2025, true],
    ['2024- 2025', 'RANGE', 2024, 2025, true],
    ['2025-2026 et à reconduire après 5 ans', 'RANGE', 2025, 2026, false],
    ['A partir de 2024', 'FROM_YEAR', 2024, null, true],
    ['À partir de 2024', 'FROM_YEAR', 2024, null, true],
    ['A partir du 2024', 'FROM_YEAR', 2024, null, false],
    ['A partir 2024 Et En continu', 'FROM_YEAR', 2024, null, false],
    ['A partir de 2024 et tous les 2 ans par la suite', 'FROM_YEAR', 2024, null, false],
    ['En continu', 'CONTINUOUS', null, null, true],
    ['en continu', 'CONTINUOUS', null, null, true],
    ['En continue', 'CONTINUOUS', null, null, false],
    ['Mise à jour en continu', 'CONTINUOUS', null, null, false],
    ['Tous les 2ans', 'CONTINUOUS', null, null, false],
    ['Chaque deux ans à partir de la publication de la version numéro 1', 'CONTINUOUS', null, null, false],
    ['Annuellement', 'ANNUAL', null, null, true],
    ['Chaque année', 'ANNUAL', null, null, false],
    ['9 juin de chaque année', 'ANNUAL', null, null, false],
    ['En continu (annuellement)', 'ANNUAL', null, null, false],
    ['2023 et annuellement', 'ANNUAL', 2023, null, false],
    ['à déterminer', 'TBD', null, null, true],
    ['Échéance à déterminer par chaque centre', 'TBD', null, null, false],
    ['Dépend de l’action 2.1.1', 'TBD', null, null, false],
    ['Après la publication de la loi de création de l’ institut Marocain d’accréditation', 'TBD', null, null, false],
    ['idem', 'TBD', null, null, false],
    ['', 'TBD', null, null, true],
    [null, 'TBD', null, null, true],
  ] as const)('reads %j as %s %s–%s (exact: %s)', (printed, kind, year, endYear, exact) => {
    expect(parseDeadline(printed)).toEqual({ kind, year, endYear, exact });
  });
});
