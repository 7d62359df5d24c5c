import { Injectable } from '@nestjs/common';
import { CalendarDate, RevisionChanges } from '@pnq/domain';
import { SqlExecutor } from '../../database/sql/typed-query';
import { ActionService } from '../action/action.service';
import { NoticeItem, noticeItem } from '../notification/notice-item';
import { NotificationService } from '../notification/notification.service';
import { OrganisationService } from '../organisation/organisation.service';
import { Recipient } from '../user/user.service';
import { UserService } from '../user/user.service';
import { selectDecisionsTakenOn, selectRequestsMadeOn } from './revision.queries';

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
 * Who hears of a request and of a decision (docs/rules.md §11): a request goes to the secretariat; a decision to the
 * requester and the editors of the action's owner organisations — in the bell at once (the notification module's
 * service, inside the caller's transaction), and as essential lines of the next day's digest (`digestItems`).
 */
@Injectable()
export class RevisionNotices {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly userService: UserService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
  ) {}

  async requested(db: SqlExecutor, notice: RequestedNotice, today: CalendarDate): Promise<void> {
    const [item] = await this.requestedItems(db, [notice]);
    for (const admin of this.secretariat(await this.userService.recipients(db)))
      await this.notificationService.record(db, { userId: admin.id, kind: 'SECRETARIAT_DIGEST', runDate: today, items: [item] });
  }

  async decided(db: SqlExecutor, notice: DecidedNotice, today: CalendarDate): Promise<void> {
    const item = decidedItem(notice);
    for (const person of concernedBy(notice, await this.userService.recipients(db)))
      await this.notificationService.record(db, { userId: person.id, kind: 'DIGEST', runDate: today, items: [item] });
  }

  /** The lines the digest of the day after `day` carries for each person: the requests and decisions of that day. */
  async digestItems(db: SqlExecutor, day: CalendarDate): Promise<Map<number, NoticeItem[]>> {
    const [requests, decisions, recipients] = await Promise.all([
      selectRequestsMadeOn.all(db, [day]),
      selectDecisionsTakenOn.all(db, [day]),
      this.userService.recipients(db),
    ]);
    const byPerson = new Map<number, NoticeItem[]>();
    const add = (userId: number, item: NoticeItem) => byPerson.set(userId, [...(byPerson.get(userId) ?? []), item]);
    if (requests.length + decisions.length === 0) return byPerson;
    const outlines = new Map((await this.actionService.outlines([...new Set([...requests, ...decisions].map((r) => r.actionId))], db)).map((o) => [o.id, o]));
    const requestedItems = await this.requestedItems(
      db,
      requests.map((r) => ({ ...r, ref: outlines.get(r.actionId)!.ref, title: outlines.get(r.actionId)!.title })),
    );
    for (const admin of this.secretariat(recipients)) for (const item of requestedItems) add(admin.id, item);
    for (const decision of decisions) {
      const outline = outlines.get(decision.actionId)!;
      const notice = { ...decision, ref: outline.ref, title: outline.title, ownerIds: outline.ownerIds };
      for (const person of concernedBy(notice, recipients)) add(person.id, decidedItem(notice));
    }
    return byPerson;
  }

  private secretariat(recipients: readonly Recipient[]): Recipient[] {
    return recipients.filter((r) => r.role === 'ADMIN');
  }

  private async requestedItems(db: SqlExecutor, notices: readonly RequestedNotice[]): Promise<NoticeItem[]> {
    const ids = [...new Set(notices.flatMap((n) => (n.organisationId === null ? [] : [n.organisationId])))];
    const organisations = new Map((await this.organisationService.byIds(ids, db)).flatMap((o) => (o ? [[o.id, o.acronym ?? o.name] as const] : [])));
    return notices.map((notice) =>
      noticeItem('REVISION_REQUESTED', {
        ref: notice.ref,
        title: notice.title,
        dueDate: notice.changes.dueDate ?? null,
        organisation: notice.organisationId === null ? null : (organisations.get(notice.organisationId) ?? null),
      }),
    );
  }
}

function decidedItem(notice: Pick<DecidedNotice, 'ref' | 'title' | 'changes' | 'outcome'>): NoticeItem {
  return noticeItem(notice.outcome === 'APPROVED' ? 'REVISION_APPROVED' : 'REVISION_REJECTED', {
    ref: notice.ref,
    title: notice.title,
    dueDate: notice.changes.dueDate ?? null,
  });
}

/** The requester, and the editors of the action's owner organisations. */
function concernedBy(notice: Pick<DecidedNotice, 'ownerIds' | 'requestedBy'>, recipients: readonly Recipient[]): Recipient[] {
  return recipients.filter(
    (r) => r.id === notice.requestedBy || (r.role === 'EDITOR' && r.organisationId !== null && notice.ownerIds.includes(r.organisationId)),
  );
}
