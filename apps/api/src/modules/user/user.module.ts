import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { AuditEventActorResolver, UserResolver } from './user.resolver';
import { UserService } from './user.service';

/** Owns app_user and user_session. */
@Module({
  imports: [AuditModule, OrganisationModule],
  providers: [UserService, UserResolver, AuditEventActorResolver],
  exports: [UserService],
})
export class UserModule {}
