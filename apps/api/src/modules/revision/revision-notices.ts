import { Injectable } from '@nestjs/common';
import { CalendarDate, RevisionChanges } from '@pnq/domain';
import { SqlExecutor } from '../../database/sql/typed-query';
import { noticeItem } from '../notification/notice-item';
import { NotificationService } from '../notification/notification.service';
import { OrganisationService } from '../organisation/organisation.service';
import { UserService } from '../user/user.service';

interface RequestedNotice {
  ref: string;
  title: string;
  changes: RevisionChanges;
  organisationId: number | null;
}

interface DecidedNotice {
  ref: string;
  title: string;
  changes: RevisionChanges;
  outcome: 'APPROVED' | 'REJECTED';
  ownerIds: readonly number[];
  requestedBy: number;
}

/**
 * Who hears of a request and of a decision, in the bell at once (the notification module's service, inside the
 * caller's transaction): a request goes to the secretariat; a decision to the requester and the editors of the action's
 * owner organisations. The daily digest carries them as essential lines (docs/rules.md §10).
 */
@Injectable()
export class RevisionNotices {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly userService: UserService,
    private readonly organisationService: OrganisationService,
  ) {}

  async requested(db: SqlExecutor, notice: RequestedNotice, today: CalendarDate): Promise<void> {
    const [organisation] = notice.organisationId === null ? [undefined] : await this.organisationService.byIds([notice.organisationId], db);
    const item = noticeItem('REVISION_REQUESTED', {
      ref: notice.ref,
      title: notice.title,
      dueDate: notice.changes.dueDate ?? null,
      organisation: organisation ? (organisation.acronym ?? organisation.name) : null,
    });
    for (const admin of (await this.userService.recipients(db)).filter((r) => r.role === 'ADMIN'))
      await this.notificationService.record(db, { userId: admin.id, kind: 'SECRETARIAT_DIGEST', runDate: today, items: [item] });
  }

  async decided(db: SqlExecutor, notice: DecidedNotice, today: CalendarDate): Promise<void> {
    const item = noticeItem(notice.outcome === 'APPROVED' ? 'REVISION_APPROVED' : 'REVISION_REJECTED', {
      ref: notice.ref,
      title: notice.title,
      dueDate: notice.changes.dueDate ?? null,
    });
    const concerned = (await this.userService.recipients(db)).filter(
      (r) => r.id === notice.requestedBy || (r.role === 'EDITOR' && r.organisationId !== null && notice.ownerIds.includes(r.organisationId)),
    );
    for (const person of concerned) await this.notificationService.record(db, { userId: person.id, kind: 'DIGEST', runDate: today, items: [item] });
  }
}
