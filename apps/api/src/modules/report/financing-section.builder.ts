import { col, ReportBlock } from './report-blocks';
import type { ReportFinancing } from './report-model';
import { ReportText, reportText } from './words/report-text';

/** Longest list of late actions not funded the report prints (the rest is counted, and listed by the dashboard). */
export const LATE_UNFUNDED_LINES = 60;

/** An exact amount ("1140000.50") written the French way: "1 140 000,50". No floating point. */
export const formatAmountFr = (decimal: string): string => reportText('fr').f.amount(decimal);

/**
 * The report's financing section as layout blocks (pure: the dashboard's financing view on the report's date in,
 * blocks out): needed, secured, disbursed and the gap in MAD with the reference rates used, per pillar and per
 * cooperation partner, and the late actions whose funding is not secured.
 */
export function financingSectionBlocks(financing: ReportFinancing, context: { at: string }, text: ReportText = reportText()): ReportBlock[] {
  const { w: words, f } = text;
  const w = words.financing;
  const mad = (decimal: string) => `${f.amount(decimal)} MAD`;
  const { totals } = financing;
  const rates = financing.ratesUsed.length
    ? w.rates(
        financing.ratesUsed.map((rate) => w.rate(rate.currency, rate.rate.replace('.', text.language === 'en' ? '.' : ','), f.date(rate.date))).join(' ; '),
      )
    : w.noRates;
  const unconverted = financing.unconverted.length ? w.unconverted(financing.unconverted.join(', ')) : '';
  const late = financing.lateAndNotFunded;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: w.heading },
    {
      kind: 'paragraph',
      text:
        w.summary({
          at: context.at,
          recorded: f.number(totals.recorded),
          actions: f.number(totals.actions),
          needed: mad(totals.needed),
          secured: mad(totals.secured),
          disbursed: mad(totals.disbursed),
          gap: mad(totals.gap),
          late: w.actions(totals.lateAndNotFunded, f.number(totals.lateAndNotFunded)),
        }) + `${rates}${unconverted}`,
    },
    {
      kind: 'table',
      small: true,
      columns: [
        col(words.pillar, 4),
        col(w.col.recorded, 1.2, 'right'),
        col(w.col.needed, 2, 'right'),
        col(w.col.secured, 2, 'right'),
        col(w.col.disbursed, 2, 'right'),
        col(w.col.gap, 2, 'right'),
        col(w.col.lateNotFunded, 1.4, 'right'),
      ],
      rows: [...financing.byPillar.map((p) => figuresRow(w.pillar(p.pillarNumber, p.name), p.figures, text)), figuresRow(w.wholePlan, totals, text)],
      strong: [...financing.byPillar.map(() => false), true],
    },
    { kind: 'heading', level: 2, text: w.byPartner },
    {
      kind: 'table',
      small: true,
      columns: [
        col(w.col.partner, 4),
        col(words.rollUp.actions, 1, 'right'),
        col(w.col.lines, 1, 'right'),
        col(w.col.planned, 2, 'right'),
        col(w.col.committed, 2, 'right'),
        col(w.col.disbursed, 2, 'right'),
      ],
      rows: [
        ...financing.byPartner.map((p) => [
          p.acronym ? `${p.acronym} — ${p.name}` : p.name,
          f.number(p.actions),
          f.number(p.lines),
          f.amount(p.planned),
          f.amount(p.committed),
          f.amount(p.disbursed),
        ]),
        [
          w.ownBudgets,
          '—',
          f.number(financing.ownBudget.lines),
          f.amount(financing.ownBudget.planned),
          f.amount(financing.ownBudget.committed),
          f.amount(financing.ownBudget.disbursed),
        ],
      ],
    },
    { kind: 'heading', level: 2, text: w.lateHeading(f.number(late.length)) },
  ];
  if (late.length === 0) {
    blocks.push({ kind: 'paragraph', text: w.noLate });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    small: true,
    columns: [
      col(words.col.ref, 1),
      col(words.col.action, 4.5),
      col(words.col.owner, 1.8),
      col(w.col.daysLate, 1.2, 'right'),
      col(w.col.funding, 1.8),
      col(w.col.gap, 2, 'right'),
    ],
    rows: late
      .slice(0, LATE_UNFUNDED_LINES)
      .map((a) => [a.ref, a.title, a.owners.join(', '), f.number(a.daysLate), w.status[a.status], a.cost === null ? w.costNotEstimated : f.amount(a.gap)]),
  });
  if (late.length > LATE_UNFUNDED_LINES) blocks.push({ kind: 'paragraph', text: w.more(f.number(late.length - LATE_UNFUNDED_LINES)) });
  return blocks;
}

function figuresRow(label: string, figures: ReportFinancing['totals'], { f }: ReportText): string[] {
  return [
    label,
    `${f.number(figures.recorded)} / ${f.number(figures.actions)}`,
    f.amount(figures.needed),
    f.amount(figures.secured),
    f.amount(figures.disbursed),
    f.amount(figures.gap),
    f.number(figures.lateAndNotFunded),
  ];
}
