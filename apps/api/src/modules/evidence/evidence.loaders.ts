import { defineLoader } from '../../common/request-loaders';
import { EvidenceFileModel } from './evidence.model';
import { EvidenceService } from './evidence.service';

export const FILES_BY_ACTION = defineLoader('evidence files by action id', (service: EvidenceService, ids: readonly number[]): Promise<EvidenceFileModel[][]> =>
  service.filesByActionIds(ids),
);
