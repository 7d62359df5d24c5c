import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './ChartLegend';

export interface BarSeries {
  key: string;
  label: string;
  colour: string;
}

export interface BarChartPanelProps {
  data: Record<string, string | number>[];
  categoryKey: string;
  series: BarSeries[];
  stacked?: boolean;
  height?: number;
  maxValue?: number;
  /** Writes each bar's value above it (so that small or zero values still read as figures, not as an empty chart). */
  valueLabel?: (value: number) => string;
}

/** A Recharts bar chart wrapper: the only place the dashboard talks to Recharts for bars. */
export function BarChartPanel({ data, categoryKey, series, stacked = false, height = 260, maxValue, valueLabel }: BarChartPanelProps) {
  // Drawn left to right in every language (in Arabic too): a right-to-left page otherwise draws the axis labels through the axis line.
  return (
    <>
      <div dir="ltr">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={data} margin={{ top: valueLabel ? 20 : 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey={categoryKey} />
            <YAxis domain={[0, maxValue ?? 'auto']} allowDecimals={false} />
            <Tooltip />
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={s.colour}
                stackId={stacked ? 'stack' : undefined}
                isAnimationActive={false}
                minPointSize={valueLabel ? 2 : 0}
              >
                {valueLabel && !stacked && <LabelList dataKey={s.key} position="top" formatter={(value: unknown) => valueLabel(Number(value))} />}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {series.length > 1 && <ChartLegend series={series} />}
    </>
  );
}
