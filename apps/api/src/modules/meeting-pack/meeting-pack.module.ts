import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { JobModule } from '../job/job.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { PlanChangesModule } from '../plan-changes/plan-changes.module';
import { ReportModule } from '../report/report.module';
import { RevisionModule } from '../revision/revision.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { SteeringModule } from '../steering/steering.module';
import { TrackingModule } from '../tracking/tracking.module';
import { UserModule } from '../user/user.module';
import { MeetingPackJobs } from './meeting-pack.jobs';
import { MeetingPackResolver } from './meeting-pack.resolver';
import { MeetingPackService } from './meeting-pack.service';

/** Owns no table: a steering session's meeting pack (« dossier de séance », PDF and Word) and minutes (« procès-verbal », Word), as jobs. */
@Module({
  imports: [
    SteeringModule,
    PlanChangesModule,
    SnapshotModule,
    TrackingModule,
    RevisionModule,
    PlanModule,
    OrganisationModule,
    ReportModule,
    JobModule,
    UserModule,
    EvidenceModule,
  ],
  providers: [MeetingPackService, MeetingPackJobs, MeetingPackResolver],
})
export class MeetingPackModule {}
