import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';

/** Owns organisation and organisation_alias. */
@Module({
  imports: [AuditModule],
  providers: [OrganisationService, OrganisationResolver],
  exports: [OrganisationService],
})
export class OrganisationModule {}
