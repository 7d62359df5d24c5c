import { FUNDING_STATUS_LABELS_FR } from '@pnq/domain';
import { col, ReportBlock } from './report-blocks';
import { formatDate, formatNumber } from './report-labels';
import type { ReportFinancing } from './report-model';

/** Longest list of late actions not funded the report prints (the rest is counted, and listed by the dashboard). */
export const LATE_UNFUNDED_LINES = 60;

/** An exact amount ("1140000.50") written the French way: "1 140 000,50". No floating point. */
export function formatAmountFr(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [units, cents = '00'] = decimal.replace('-', '').split('.');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${negative ? '-' : ''}${grouped},${cents.padEnd(2, '0').slice(0, 2)}`;
}

const mad = (decimal: string) => `${formatAmountFr(decimal)} MAD`;

/**
 * The report's financing section as layout blocks (pure: the dashboard's financing view on the report's date in,
 * blocks out): needed, secured, disbursed and the gap in MAD with the reference rates used, per pillar and per
 * cooperation partner, and the late actions whose funding is not secured.
 */
export function financingSectionBlocks(financing: ReportFinancing, context: { at: string }): ReportBlock[] {
  const { totals } = financing;
  const rates = financing.ratesUsed.length
    ? `Montants en dirhams, chaque ligne convertie au cours de référence en vigueur : ${financing.ratesUsed
        .map((rate) => `1 ${rate.currency} = ${rate.rate.replace('.', ',')} MAD (cours du ${formatDate(rate.date)})`)
        .join(' ; ')}.`
    : 'Montants en dirhams ; aucune devise étrangère à convertir.';
  const unconverted = financing.unconverted.length
    ? ` Montants en ${financing.unconverted.join(', ')} non convertis faute de cours de référence à cette date.`
    : '';
  const late = financing.lateAndNotFunded;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '6. Financement des actions' },
    {
      kind: 'paragraph',
      text:
        `Au ${context.at}, le financement de ${formatNumber(totals.recorded)} des ${formatNumber(totals.actions)} actions est renseigné par leurs responsables. ` +
        `Besoin estimé : ${mad(totals.needed)} ; acquis (engagé) : ${mad(totals.secured)} ; décaissé : ${mad(totals.disbursed)} ; reste à financer : ${mad(totals.gap)}. ` +
        `${formatNumber(totals.lateAndNotFunded)} action(s) en retard sans financement acquis. ${rates}${unconverted}`,
    },
    {
      kind: 'table',
      small: true,
      columns: [
        col('Pilier', 4),
        col('Renseignées', 1.2, 'right'),
        col('Besoin (MAD)', 2, 'right'),
        col('Acquis (MAD)', 2, 'right'),
        col('Décaissé (MAD)', 2, 'right'),
        col('Reste à financer (MAD)', 2, 'right'),
        col('En retard non financées', 1.4, 'right'),
      ],
      rows: [...financing.byPillar.map((p) => figuresRow(`Pilier ${p.pillarNumber} — ${p.name}`, p.figures)), figuresRow('Ensemble du plan', totals)],
      strong: [...financing.byPillar.map(() => false), true],
    },
    { kind: 'heading', level: 2, text: 'Par partenaire de coopération' },
    {
      kind: 'table',
      small: true,
      columns: [
        col('Partenaire', 4),
        col('Actions', 1, 'right'),
        col('Lignes', 1, 'right'),
        col('Programmé (MAD)', 2, 'right'),
        col('Engagé (MAD)', 2, 'right'),
        col('Décaissé (MAD)', 2, 'right'),
      ],
      rows: [
        ...financing.byPartner.map((p) => [
          p.acronym ? `${p.acronym} — ${p.name}` : p.name,
          formatNumber(p.actions),
          formatNumber(p.lines),
          formatAmountFr(p.planned),
          formatAmountFr(p.committed),
          formatAmountFr(p.disbursed),
        ]),
        [
          'Budgets propres des responsables',
          '—',
          formatNumber(financing.ownBudget.lines),
          formatAmountFr(financing.ownBudget.planned),
          formatAmountFr(financing.ownBudget.committed),
          formatAmountFr(financing.ownBudget.disbursed),
        ],
      ],
    },
    { kind: 'heading', level: 2, text: `Actions en retard et non financées (${formatNumber(late.length)})` },
  ];
  if (late.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'Aucune action en retard sans financement acquis.' });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    small: true,
    columns: [
      col('Réf.', 1),
      col('Action', 4.5),
      col('Responsable', 1.8),
      col('Jours de retard', 1.2, 'right'),
      col('Financement', 1.8),
      col('Reste à financer (MAD)', 2, 'right'),
    ],
    rows: late
      .slice(0, LATE_UNFUNDED_LINES)
      .map((a) => [
        a.ref,
        a.title,
        a.owners.join(', '),
        formatNumber(a.daysLate),
        FUNDING_STATUS_LABELS_FR[a.status],
        a.cost === null ? 'coût non estimé' : formatAmountFr(a.gap),
      ]),
  });
  if (late.length > LATE_UNFUNDED_LINES) {
    blocks.push({
      kind: 'paragraph',
      text: `… et ${formatNumber(late.length - LATE_UNFUNDED_LINES)} autre(s), listées dans PNQ Tracker (Financement, ou Explorer → « En retard et non financées »).`,
    });
  }
  return blocks;
}

function figuresRow(label: string, figures: ReportFinancing['totals']): string[] {
  return [
    label,
    `${formatNumber(figures.recorded)} / ${formatNumber(figures.actions)}`,
    formatAmountFr(figures.needed),
    formatAmountFr(figures.secured),
    formatAmountFr(figures.disbursed),
    formatAmountFr(figures.gap),
    formatNumber(figures.lateAndNotFunded),
  ];
}
