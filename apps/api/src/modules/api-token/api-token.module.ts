import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { UserModule } from '../user/user.module';
import { ApiTokenResolver } from './api-token.resolver';
import { ApiTokenService } from './api-token.service';

/** Owns api_token: tokens for other systems of an owner organisation (their API-client accounts are the user module's). */
@Module({
  imports: [AuditModule, OrganisationModule, UserModule],
  providers: [ApiTokenService, ApiTokenResolver],
  exports: [ApiTokenService],
})
export class ApiTokenModule {}
