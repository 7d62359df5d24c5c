import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { UserModule } from '../user/user.module';
import { DependencyService } from './dependency.service';
import { RevisionFieldsResolver, RevisionRequestFieldsResolver, DependencyFieldsResolver } from './revision-fields.resolver';
import { RevisionNotices } from './revision-notices';
import { RevisionResolver } from './revision.resolver';
import { RevisionService } from './revision.service';

/**
 * Owns action_revision, revision_request, revision_decision and action_dependency: the plan in force (baseline +
 * revisions), owners' requests and the secretariat's decisions, and the links between actions.
 */
@Module({
  imports: [ActionModule, AuditModule, NotificationModule, OrganisationModule, UserModule],
  providers: [
    RevisionService,
    DependencyService,
    RevisionNotices,
    RevisionResolver,
    RevisionRequestFieldsResolver,
    RevisionFieldsResolver,
    DependencyFieldsResolver,
  ],
  exports: [RevisionService, DependencyService, RevisionNotices],
})
export class RevisionModule {}
