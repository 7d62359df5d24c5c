import { describe, expect, it } from 'vitest';
import { describeFilter, ExportFilter } from './filter-description';

const NAMES: Record<string, string> = { imanor: 'IMANOR', semac: 'SEMAC' };
const name = (key: string) => NAMES[key] ?? key;

describe('describeFilter: the export’s filter line in words, never JSON', () => {
  it.each<[string, ExportFilter, string]>([
    ['no filter', {}, 'Toutes les actions du plan'],
    ['one pillar', { pillars: [2] }, 'Pilier 2'],
    ['two pillars and an axis', { pillars: [1, 2], axis: '1.2' }, 'Piliers 1, 2 ; axe 1-2'],
    ['statuses and healths in French', { statuses: ['IN_PROGRESS', 'BLOCKED'], healths: ['OVERDUE'] }, 'Statut : En cours, Bloquée ; santé : En retard'],
    ['organisations by name', { owner: 'imanor', partner: 'semac' }, 'Responsable : IMANOR ; partenaire : SEMAC'],
    [
      'year, words, late and not funded',
      { deadlineYear: 2025, text: ' norme ', lateAndNotFunded: true },
      'Échéance en 2025 ; texte « norme » ; en retard et non financées',
    ],
  ])('%s', (_, filter, line) => {
    const written = describeFilter(filter, name);
    expect(written).toBe(line);
    expect(written).not.toMatch(/[{}"]/);
  });
});
