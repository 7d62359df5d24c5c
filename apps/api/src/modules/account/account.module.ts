import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { UserModule } from '../user/user.module';
import { InvitationResolver, InvitationPreviewResolver } from './invitation.resolver';
import { InvitationService } from './invitation.service';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';

/** Owns account_invitation and password_reset: invitations and forgotten passwords, with their mails (the accounts are the user module's). */
@Module({
  imports: [AuditModule, NotificationModule, OrganisationModule, UserModule],
  providers: [InvitationService, PasswordResetService, InvitationResolver, InvitationPreviewResolver, PasswordResetResolver],
  exports: [InvitationService, PasswordResetService],
})
export class AccountModule {}
