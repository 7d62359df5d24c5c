import { defineLoader } from '../../common/request-loaders';
import { OrganisationAliasModel, OrganisationModel } from './organisation.model';
import { OrganisationService } from './organisation.service';

export const ORGANISATION_BY_ID = defineLoader(
  'organisation by id',
  (service: OrganisationService, ids: readonly number[]): Promise<(OrganisationModel | undefined)[]> => service.byIds(ids),
);

export const ALIASES_BY_ORGANISATION = defineLoader(
  'aliases by organisation id',
  (service: OrganisationService, ids: readonly number[]): Promise<OrganisationAliasModel[][]> => service.aliasesByOrganisationIds(ids),
);
