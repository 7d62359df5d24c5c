import { defineLoader } from '../../common/request-loaders';
import { FinancingService, StoredFinancing } from './financing.service';

/** Variant: the date (YYYY-MM-DD). */
export const FINANCING_IN_FORCE_BY_ACTION = defineLoader(
  'financing in force by action id, on a date',
  (service: FinancingService, ids: readonly number[], asOf: string): Promise<(StoredFinancing | null)[]> => service.inForceByActionIds(ids, asOf),
);

export const FINANCING_HISTORY_BY_ACTION = defineLoader('financing history by action id', (service: FinancingService, ids: readonly number[]) =>
  service.historyByActionIds(ids),
);

/** One key (0): the reference rates, read once per request. */
export const REFERENCE_RATES = defineLoader('reference rates', async (service: FinancingService, keys: readonly number[]) => {
  const rates = await service.rates();
  return keys.map(() => rates);
});
