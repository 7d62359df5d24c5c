/** The import's answer is a contract shared with the dashboard: it lives in @pnq/domain. */
export type { ImportProblem, ImportResult, ImportRow, ImportRowChange } from '@pnq/domain';
