import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarSeries } from './BarChartPanel';
import { ChartLegend } from './ChartLegend';

export interface LineChartPanelProps {
  data: Record<string, string | number | null>[];
  categoryKey: string;
  series: BarSeries[];
  height?: number;
  /** A horizontal line, e.g. the target, with its label. */
  reference?: { value: number; label: string };
}

/** A Recharts line chart wrapper (trends, yearly series): dots on every point, so a single value still shows. */
export function LineChartPanel({ data, categoryKey, series, height = 220, reference }: LineChartPanelProps) {
  return (
    <>
      <div dir="ltr">
        <ResponsiveContainer width="100%" height={height}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={categoryKey} />
            <YAxis domain={[0, 'auto']} />
            <Tooltip />
            {reference && <ReferenceLine y={reference.value} stroke="#555" strokeDasharray="6 3" label={reference.label} ifOverflow="extendDomain" />}
            {series.map((s) => (
              <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.colour} strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {series.length > 1 && <ChartLegend series={series} />}
    </>
  );
}
