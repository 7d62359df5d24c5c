import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** Owns notification, notification_read, mail_message, mail_delivery. */
@Module({
  providers: [NotificationService, MailerService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
