export * from './pillar-card/PillarCard';
export * from './query-state/QueryState';
