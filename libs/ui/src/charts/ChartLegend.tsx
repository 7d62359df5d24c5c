import type { BarSeries } from './BarChartPanel';

/**
 * A chart's legend, in the series' order (the caller's: most worrying first, never alphabetical) and in the page's
 * direction (right to left in Arabic), each swatch apart from its label. The chart itself is drawn left to right.
 */
export function ChartLegend({ series }: { series: BarSeries[] }) {
  return (
    <ul className="legend chart-legend">
      {series.map((s) => (
        <li key={s.key}>
          <span className="legend__swatch" style={{ background: s.colour }} aria-hidden="true" />
          <span className="legend__label">{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
