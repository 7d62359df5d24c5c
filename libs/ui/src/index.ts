export * from './button/ButtonWithReason';
export * from './charts/BarChartPanel';
export * from './charts/ChartWithTable';
export * from './charts/LineChartPanel';
export * from './health-badge/HealthBadge';
export * from './kpi-tile/KpiTile';
export * from './pillar-card/PillarCard';
export * from './query-state/QueryState';
