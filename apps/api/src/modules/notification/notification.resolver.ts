import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { MailOutboxArgs, MarkNotificationsReadArgs, NotificationsArgs } from './dto/notification.args';
import { MailOutboxModel, NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => [NotificationModel], { description: 'The signed-in user’s notifications (the bell), newest first.' })
  myNotifications(@Args() { limit }: NotificationsArgs, @CurrentUser() user: AuthenticatedUser): Promise<NotificationModel[]> {
    return this.notificationService.forUser(user, limit);
  }

  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread.' })
  unreadNotificationCount(@CurrentUser() user: AuthenticatedUser): Promise<number> {
    return this.notificationService.unreadCount(user);
  }

  @Mutation(() => Int, { description: 'Marks the signed-in user’s notifications read (all when no ids are given); returns how many changed.' })
  markNotificationsRead(@Args() { ids }: MarkNotificationsReadArgs, @CurrentUser() user: AuthenticatedUser): Promise<number> {
    return this.notificationService.markRead(user, ids);
  }

  @Query(() => MailOutboxModel, {
    description: 'Reminder mails, newest first, with their delivery status: the outbox when no SMTP server is configured (admins only).',
  })
  mailOutbox(@Args() args: MailOutboxArgs, @CurrentUser() user: AuthenticatedUser): Promise<MailOutboxModel> {
    return this.notificationService.outbox(user, args);
  }
}
