import { defineLoader } from '../../common/request-loaders';
import { DependencyService } from './dependency.service';
import { DependencyModel, RevisionModel, RevisionRequestModel } from './revision.model';
import { RevisionService } from './revision.service';

export const REVISIONS_BY_ACTION = defineLoader('revisions by action id', (service: RevisionService, ids: readonly number[]): Promise<RevisionModel[][]> =>
  service.revisionsByActionIds(ids),
);

export const REQUESTS_BY_ACTION = defineLoader(
  'revision requests by action id',
  (service: RevisionService, ids: readonly number[]): Promise<RevisionRequestModel[][]> => service.requestsByActionIds(ids),
);

export const LINKS_BY_ACTION = defineLoader(
  'dependency links by action id',
  (service: DependencyService, ids: readonly number[]): Promise<{ predecessors: DependencyModel[]; dependents: DependencyModel[] }[]> =>
    service.linksByActionIds(ids),
);
