import { Args, Query, Resolver } from '@nestjs/graphql';
import { canAdminister } from '@pnq/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../user/authenticated-user';
import { AuditEventModel } from './audit.model';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-events.args';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => [AuditEventModel], { description: 'The audit log, newest first (admins only).' })
  auditEvents(@Args() args: AuditEventsArgs, @CurrentUser() user: AuthenticatedUser): Promise<AuditEventModel[]> {
    if (!canAdminister(user)) throw new ForbiddenError('Only the CSNCA secretariat (admins) can read the audit log.');
    return this.auditService.list(args);
  }
}
