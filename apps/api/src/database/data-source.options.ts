import { DataSourceOptions } from 'typeorm';
import { CreatedPlanStructure1763750000000 } from './migrations/1763750000000-CreatedPlanStructure';
import { AddedTrackingAndAccounts1763760000000 } from './migrations/1763760000000-AddedTrackingAndAccounts';
import { AddedActionComments1763770000000 } from './migrations/1763770000000-AddedActionComments';
import { AddedRemindersAndNotifications1763790000000 } from './migrations/1763790000000-AddedRemindersAndNotifications';
import { AddedCoveringStateIndex1763810000000 } from './migrations/1763810000000-AddedCoveringStateIndex';
import { AddedIndicatorMeasures1763780000000 } from './migrations/1763780000000-AddedIndicatorMeasures';
import { AddedPlanRevisionToAuditEvents1764100000000 } from './migrations/1764100000000-AddedPlanRevisionToAuditEvents';
import { AddedHousekeeping1764100001000 } from './migrations/1764100001000-AddedHousekeeping';
import { AddedImportDryRuns1764200000000 } from './migrations/1764200000000-AddedImportDryRuns';
import { AddedAccountLifecycle1764500000000 } from './migrations/1764500000000-AddedAccountLifecycle';
import { AddedJobQueue1764300000000 } from './migrations/1764300000000-AddedJobQueue';
import { AddedReportEditions1764300100000 } from './migrations/1764300100000-AddedReportEditions';
import { AddedActionFinancing1765300000001 } from './migrations/1765300000001-AddedActionFinancing';
import { AddedRevisionsAndDependencies1766000000000 } from './migrations/1766000000000-AddedRevisionsAndDependencies';
import { AddedActionPartiesInForce1766000000001 } from './migrations/1766000000001-AddedActionPartiesInForce';
import { AddedCommentThreads1765700000001 } from './migrations/1765700000001-AddedCommentThreads';
import { AddedEvidenceFiles1765700000002 } from './migrations/1765700000002-AddedEvidenceFiles';
import { AddedEvidenceAttachments1765700000003 } from './migrations/1765700000003-AddedEvidenceAttachments';
import { AddedPublicSnapshots1766200000001 } from './migrations/1766200000001-AddedPublicSnapshots';
import { AddedSteeringSessionsAndDecisions1766100000001 } from './migrations/1766100000001-AddedSteeringSessionsAndDecisions';
import { WidenedEvidenceStorageToS31765700000004 } from './migrations/1765700000004-WidenedEvidenceStorageToS3';

/** Migrations in the order they apply; never edit one that has landed. */
export const MIGRATIONS = [
  CreatedPlanStructure1763750000000,
  AddedTrackingAndAccounts1763760000000,
  AddedActionComments1763770000000,
  AddedIndicatorMeasures1763780000000,
  AddedRemindersAndNotifications1763790000000,
  AddedCoveringStateIndex1763810000000,
  AddedPlanRevisionToAuditEvents1764100000000,
  AddedHousekeeping1764100001000,
  AddedImportDryRuns1764200000000,
  AddedJobQueue1764300000000,
  AddedReportEditions1764300100000,
  AddedAccountLifecycle1764500000000,
  AddedActionFinancing1765300000001,
  AddedRevisionsAndDependencies1766000000000,
  AddedActionPartiesInForce1766000000001,
  AddedCommentThreads1765700000001,
  AddedEvidenceFiles1765700000002,
  AddedEvidenceAttachments1765700000003,
  AddedPublicSnapshots1766200000001,
  AddedSteeringSessionsAndDecisions1766100000001,
  WidenedEvidenceStorageToS31765700000004,
];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [], // data access is typed SQL in each module's *.queries.ts (docs/adr/0001-typed-sql.md)
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
