import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { JobModule } from '../job/job.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlanModule } from '../plan/plan.module';
import { ReportModule } from '../report/report.module';
import { SnapshotModule } from '../snapshot/snapshot.module';
import { TrackingModule } from '../tracking/tracking.module';
import { UserModule } from '../user/user.module';
import { PublicSiteWriter } from './public-site.writer';
import { PublicSnapshotBuilder } from './public-snapshot.builder';
import { PublicationJobs } from './publication.jobs';
import { PublicationResolver } from './publication.resolver';
import { PublicationService } from './publication.service';

/** The public portal: published snapshots of the plan rendered to static files, and the « Tableau de bord qualité Maroc ». */
@Module({
  imports: [SnapshotModule, PlanModule, OrganisationModule, IndicatorModule, ReportModule, TrackingModule, UserModule, JobModule, AuditModule],
  providers: [PublicationService, PublicSnapshotBuilder, PublicSiteWriter, PublicationJobs, PublicationResolver],
  exports: [PublicationService, PublicSiteWriter],
})
export class PublicationModule {}
