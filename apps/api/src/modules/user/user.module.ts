import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { AccountProvisioningService } from './account-provisioning.service';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy.service';
import { UserSessionService } from './user-session.service';
import { AuditEventActorResolver, AuthorResolver, UserResolver } from './user.resolver';
import { UserService } from './user.service';

/** Owns app_user and user_session: accounts, passwords, sessions, and the accounts made at start. */
@Module({
  imports: [AuditModule, OrganisationModule],
  providers: [
    UserService,
    UserSessionService,
    AccountProvisioningService,
    PasswordHasher,
    PasswordPolicy,
    UserResolver,
    AuthorResolver,
    AuditEventActorResolver,
  ],
  exports: [UserService, UserSessionService, AccountProvisioningService, PasswordPolicy],
})
export class UserModule {}
