import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { RevisionModule } from '../revision/revision.module';
import { UserModule } from '../user/user.module';
import { DecisionService } from './decision.service';
import { SessionService } from './session.service';
import { SteeringDecisionFieldsResolver, SteeringResolver } from './steering.resolver';

/**
 * Owns steering_session, steering_session_attendee, steering_decision and its links (actions, organisations, revision
 * requests decided) and steering_decision_update: the sessions of the CSNCA and its committees, their decisions, and
 * the follow-up of decisions with a due date.
 */
@Module({
  imports: [ActionModule, AuditModule, OrganisationModule, RevisionModule, UserModule],
  providers: [SessionService, DecisionService, SteeringResolver, SteeringDecisionFieldsResolver],
  exports: [SessionService, DecisionService],
})
export class SteeringModule {}
