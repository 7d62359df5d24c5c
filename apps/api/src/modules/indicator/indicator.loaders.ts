import { defineLoader } from '../../common/request-loaders';
import { IndicatorModel, IndicatorValueModel, NationalIndicatorValueModel } from './indicator.model';
import { IndicatorService } from './indicator.service';

export const INDICATORS_BY_ACTION = defineLoader('indicators by action id', (service: IndicatorService, ids: readonly number[]): Promise<IndicatorModel[][]> =>
  service.byActionIds(ids),
);

export const VALUES_BY_INDICATOR = defineLoader(
  'values by indicator id',
  (service: IndicatorService, ids: readonly number[]): Promise<IndicatorValueModel[][]> => service.valuesByIndicatorIds(ids),
);

export const NATIONAL_VALUES_BY_INDICATOR = defineLoader(
  'national values by indicator id',
  (service: IndicatorService, ids: readonly number[]): Promise<NationalIndicatorValueModel[][]> => service.nationalValuesByIndicatorIds(ids),
);
