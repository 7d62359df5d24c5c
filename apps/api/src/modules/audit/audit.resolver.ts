import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { AuditEventModel } from './audit.model';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-events.args';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Query(() => [AuditEventModel], { description: 'The audit log, newest first (admins only).' })
  auditEvents(@Args() args: AuditEventsArgs, @CurrentUser() user: AuthenticatedUser): Promise<AuditEventModel[]> {
    return this.auditService.list(user, args);
  }
}
