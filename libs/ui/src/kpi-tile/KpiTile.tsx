export interface KpiTileProps {
  label: string;
  value: string;
  /** Tone adds colour, never meaning alone: the label says what the figure is. */
  tone?: 'neutral' | 'good' | 'warning' | 'danger';
  testId?: string;
  /** One line saying what the figure counts (e.g. what « Sans nouvelles » means). */
  note?: string;
}

export function KpiTile({ label, value, tone = 'neutral', testId, note }: KpiTileProps) {
  return (
    <div className={`kpi kpi--${tone}`} data-testid={testId}>
      <span className="kpi__value">{value}</span>
      <span className="kpi__label">{label}</span>
      {note && <span className="kpi__note">{note}</span>}
    </div>
  );
}
