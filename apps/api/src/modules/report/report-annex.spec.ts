import { describe, expect, it } from 'vitest';
import { annexBlocks } from './report-document';
import { ReportAction } from './report-model';

const action = (ref: string): ReportAction => ({
  ref,
  title: `Action ${ref}`,
  owners: ['IMANOR'],
  deadline: '2025',
  revisedDueDate: null,
  dueDate: '2025-12-31',
  status: 'IN_PROGRESS',
  progress: 40,
  health: 'ON_TRACK',
  daysLate: null,
});

describe('the report annex', () => {
  it.each([
    { case: 'the PNQ: every action in a table', annex: [action('1-1.1.1'), action('1-1.1.2')], count: 2, table: 2, sentence: null },
    {
      case: 'a plan above the limit: a sentence pointing to the Excel export',
      annex: [],
      count: 33300,
      table: null,
      sentence: /Le plan compte 33.300 actions : au-delà de 5.000, l’annexe n’est pas reproduite.*export Excel/,
    },
  ])('$case', ({ annex, count, table, sentence }) => {
    const blocks = annexBlocks({ annex, annexActionCount: count }, '31 décembre 2025');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Annexe — Toutes les actions' });
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables.map((t) => (t.kind === 'table' ? t.rows.length : 0))).toEqual(table === null ? [] : [table]);
    const paragraph = blocks.find((b) => b.kind === 'paragraph');
    if (sentence) expect(paragraph?.kind === 'paragraph' ? paragraph.text : '').toMatch(sentence);
    else expect(paragraph?.kind === 'paragraph' ? paragraph.text : '').toBe('État de chaque action au 31 décembre 2025.');
  });
});
