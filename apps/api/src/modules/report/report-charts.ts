import { HEALTH_COLOURS } from '@pnq/domain';
import { ReportModel } from './report-model';
import { ReportText, reportText } from './words/report-text';

/** The charts' typeface: Roboto, or DejaVu Sans for the Arabic edition (Roboto has no Arabic letters). */
const family = ({ direction }: ReportText) => (direction === 'rtl' ? 'DejaVuSans' : 'Roboto');

/** Charts of the report drawn as SVG (vector in the PDF, rasterised for the DOCX): the same picture in both. */
const WIDTH = 500;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Weighted progress per pillar, one horizontal bar each, value printed at its end. */
export function progressByPillarSvg(report: ReportModel, text: ReportText = reportText()): string {
  const font = family(text);
  const rowHeight = 34;
  const left = 150;
  const barWidth = WIDTH - left - 60;
  const height = report.pillars.length * rowHeight + 30;
  const rows = report.pillars.map((pillar, index) => {
    const y = 10 + index * rowHeight;
    const width = Math.max(0, Math.min(100, pillar.counts.progress ?? 0)) * (barWidth / 100);
    return [
      `<text x="${left - 8}" y="${y + 17}" text-anchor="end" font-family="${font}" font-size="11" fill="#1f2933">${escape(text.w.pillarShort(pillar.number))}</text>`,
      `<rect x="${left}" y="${y + 4}" width="${barWidth}" height="18" fill="#e4e7eb"/>`,
      `<rect x="${left}" y="${y + 4}" width="${width.toFixed(1)}" height="18" fill="#0b5d3b"/>`,
      `<text x="${left + barWidth + 6}" y="${y + 17}" font-family="${font}" font-size="11" fill="#1f2933">${escape(text.f.percent(pillar.counts.progress))}</text>`,
    ].join('');
  });
  const axis = [0, 25, 50, 75, 100]
    .map((tick) => {
      const x = left + (tick * barWidth) / 100;
      return `<line x1="${x}" y1="8" x2="${x}" y2="${height - 18}" stroke="#9aa5b1" stroke-width="0.5"/><text x="${x}" y="${height - 6}" text-anchor="middle" font-family="${font}" font-size="9" fill="#52606d">${escape(text.f.percent(tick))}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><rect width="${WIDTH}" height="${height}" fill="#ffffff"/>${axis}${rows.join('')}</svg>`;
}

/** The stacked segments, in order: each pillar count and the health it counts. */
const HEALTH_SEGMENTS = [
  ['done', 'DONE'],
  ['onTrack', 'ON_TRACK'],
  ['atRisk', 'AT_RISK'],
  ['overdue', 'OVERDUE'],
  ['stale', 'STALE'],
  ['unscheduled', 'UNSCHEDULED'],
  ['cancelled', 'CANCELLED'],
] as const;

/** Actions of each pillar by health, stacked, with a legend (the tables beside it give the numbers). */
export function healthByPillarSvg(report: ReportModel, text: ReportText = reportText()): string {
  const font = family(text);
  const rowHeight = 30;
  const left = 150;
  const barWidth = WIDTH - left - 20;
  const legendY = report.pillars.length * rowHeight + 20;
  const height = legendY + 40;
  const rows = report.pillars.map((pillar, index) => {
    const y = 10 + index * rowHeight;
    let x = left;
    const parts = HEALTH_SEGMENTS.map(([key, health]) => {
      const width = pillar.counts.actions ? (pillar.counts[key] / pillar.counts.actions) * barWidth : 0;
      const rect = width > 0 ? `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="18" fill="${HEALTH_COLOURS[health]}"/>` : '';
      x += width;
      return rect;
    });
    return `<text x="${left - 8}" y="${y + 17}" text-anchor="end" font-family="${font}" font-size="11" fill="#1f2933">${escape(`${text.w.pillarShort(pillar.number)} (${text.f.number(pillar.counts.actions)})`)}</text>${parts.join('')}`;
  });
  const legend = HEALTH_SEGMENTS.map(([, health], index) => {
    const x = 10 + (index % 4) * 122;
    const y = legendY + Math.floor(index / 4) * 16;
    return `<rect x="${x}" y="${y}" width="10" height="10" fill="${HEALTH_COLOURS[health]}"/><text x="${x + 14}" y="${y + 9}" font-family="${font}" font-size="9" fill="#1f2933">${escape(text.w.health[health])}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><rect width="${WIDTH}" height="${height}" fill="#ffffff"/>${rows.join('')}${legend}</svg>`;
}
