import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  alreadyMailedOn,
  CalendarDate,
  compareByUrgency,
  isEscalationDue,
  isEssentialNotice,
  isNoticeDue,
  isRepeatDue,
  isWeeklySummaryDue,
  reminderFor,
  weeklySummary,
} from '@pnq/domain';
import { DataSource, EntityManager } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { NoticeItem, noticeItem } from '../notification/notice-item';
import type { NotificationKind } from '../notification/notification-kind';
import { NotificationService } from '../notification/notification.service';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { ActionSnapshot, SnapshotService } from '../snapshot/snapshot.service';
import { RevisionNotices } from '../revision/revision-notices';
import { DecisionService } from '../steering/decision.service';
import { Recipient, UserService } from '../user/user.service';
import { renderMail } from './reminder-mail.renderer';
import { ReminderRunModel } from './reminder.model';
import {
  AnnouncedKind,
  Audience,
  insertAnnouncements,
  insertRun,
  ReminderTrigger,
  selectLastAnnouncements,
  selectLastRunDate,
  selectRunOf,
  selectRuns,
  tryLockReminders,
} from './reminder.queries';

/** Only one instance runs the reminders job at a time (transaction-scoped advisory lock). */
const JOB_LOCK_KEY = 'pnq:reminders';

interface Announcement {
  audience: Audience;
  kind: AnnouncedKind;
  organisationId: number | null;
  actionId: number | null;
}

const keyOf = (a: Announcement) => `${a.audience}|${a.kind}|${a.organisationId ?? ''}|${a.actionId ?? ''}`;

/** One mail + notification to compose for one recipient. */
interface Delivery {
  recipient: Recipient;
  kind: Extract<NotificationKind, 'DIGEST' | 'SECRETARIAT_DIGEST'>;
  organisation?: string;
  items: NoticeItem[];
  /** Lines for the mail only: the mentions since the previous run, already in the bell. */
  mailOnlyItems?: NoticeItem[];
}

const isOpen = (a: ActionSnapshot) => a.verdict.health !== 'DONE' && a.verdict.health !== 'CANCELLED';

/**
 * Owns reminder_run and reminder_announcement. The daily reminders job. For a date: each owner organisation's editors get one digest of the items due for
 * announcement (due soon, overdue, stale — on the cadence of libs/domain reminder-rules); the admins get the
 * secretariat's digest (overdue > 90 days, organisations without an active editor, the weekly summary).
 * Everything announced is logged, so the cadence survives restarts, and a second run for the same date does nothing.
 */
@Injectable()
export class ReminderService {
  private readonly logger = new Logger(ReminderService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly snapshotService: SnapshotService,
    private readonly organisationService: OrganisationService,
    private readonly userService: UserService,
    private readonly notificationService: NotificationService,
    private readonly revisionNotices: RevisionNotices,
    private readonly decisionService: DecisionService,
  ) {}

  async lastRunDate(): Promise<CalendarDate | null> {
    return (await selectLastRunDate.single(this.dataSource)).runDate;
  }

  /** The latest runs, newest first: the secretariat's only. */
  async runs(actor: AuthenticatedUser, limit: number): Promise<ReminderRunModel[]> {
    assertAdmin(actor, 'see the reminders runs');
    const rows = await selectRuns.all(this.dataSource, [limit]);
    return rows.map((row) => Object.assign(new ReminderRunModel(), row, { status: 'RAN', sent: null, failed: null }));
  }

  /** An admin runs the job now for a date, as the daily timer would. */
  async runAsAdmin(actor: AuthenticatedUser, asOf: CalendarDate): Promise<ReminderRunModel> {
    assertAdmin(actor, 'run the reminders');
    return this.run(asOf, 'ADMIN', actor.id);
  }

  /** Runs the job for a date, once: LOCKED when another run holds the lock, ALREADY_RAN when the date is done. Then sends queued mails. */
  async run(asOf: CalendarDate, trigger: ReminderTrigger, actorId: number | null = null): Promise<ReminderRunModel> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      if (!(await tryLockReminders.single(manager, [JOB_LOCK_KEY])).locked) return { status: 'LOCKED' as const, notifications: 0, mails: 0 };
      const done = await selectRunOf.one(manager, [asOf]);
      if (done) return { status: 'ALREADY_RAN' as const, notifications: done.notifications, mails: done.mails };
      const snapshot = await this.snapshotService.snapshot(asOf);
      // Before the seed has loaded (first boot), there is nothing to remind of: the date is left to the next try.
      if (snapshot.length === 0) return { status: 'NO_PLAN' as const, notifications: 0, mails: 0 };
      const counts = await this.compose(manager, asOf, snapshot);
      await insertRun.run(manager, [asOf, trigger, actorId, counts.notifications, counts.mails]);
      return { status: 'RAN' as const, ...counts };
    });
    const delivery = await this.notificationService.sendQueued();
    if (outcome.status === 'RAN')
      this.logger.log(
        `Reminders for ${asOf}: ${outcome.notifications} notifications, ${outcome.mails} mails (${delivery.sent} sent, ${delivery.failed} failed)`,
      );
    return Object.assign(new ReminderRunModel(), { runDate: asOf, trigger, ranAt: new Date(), ...outcome, ...delivery });
  }

  private async compose(manager: EntityManager, asOf: CalendarDate, snapshot: readonly ActionSnapshot[]): Promise<{ notifications: number; mails: number }> {
    const [organisations, recipients, last] = await Promise.all([
      this.organisationService.list(),
      this.userService.recipients(),
      this.lastAnnouncements(manager, asOf),
    ]);
    const announced: Announcement[] = [];
    const lastOf = (a: Announcement) => last.get(keyOf(a)) ?? null;
    const label = new Map(organisations.map((o) => [o.id, o.acronym ?? o.name]));
    const ownersOf = (a: ActionSnapshot) => a.ownerIds.map((id) => label.get(id) ?? '?').join(', ');
    const deliveries: Delivery[] = [];
    const withoutEditor: { organisation: OrganisationModel; open: number }[] = [];

    for (const organisation of organisations) {
      const owned = snapshot.filter((a) => a.ownerIds.includes(organisation.id));
      if (owned.length === 0 || organisation.isGeneric) continue;
      const editors = recipients.filter((r) => r.role === 'EDITOR' && r.organisationId === organisation.id);
      if (editors.length === 0) {
        const open = owned.filter(isOpen).length;
        const announcement: Announcement = { audience: 'SECRETARIAT', kind: 'NO_ACTIVE_EDITOR', organisationId: organisation.id, actionId: null };
        if (open > 0 && isRepeatDue(asOf, lastOf(announcement))) {
          withoutEditor.push({ organisation, open });
          announced.push(announcement);
        }
        continue;
      }
      const due = owned
        .map((action) => ({ action, reminder: reminderFor(action.verdict) }))
        .filter((d): d is { action: ActionSnapshot; reminder: NonNullable<typeof d.reminder> } => d.reminder !== null)
        .filter(({ action, reminder }) =>
          isNoticeDue(reminder, asOf, lastOf({ audience: 'ORGANISATION', kind: reminder.kind, organisationId: organisation.id, actionId: action.id })),
        )
        .sort((a, b) => compareByUrgency(a.action, b.action));
      if (due.length === 0) continue;
      const items = due.map(({ action, reminder }) =>
        noticeItem(reminder.kind, { ref: action.ref, title: action.title, days: reminder.days, dueDate: reminder.dueDate }),
      );
      for (const editor of editors) deliveries.push({ recipient: editor, kind: 'DIGEST', organisation: label.get(organisation.id), items });
      for (const { action, reminder } of due)
        announced.push({ audience: 'ORGANISATION', kind: reminder.kind, organisationId: organisation.id, actionId: action.id });
    }

    const escalated = snapshot
      .filter((a) => a.verdict.health === 'OVERDUE')
      .filter((a) =>
        isEscalationDue(
          a.verdict.days!,
          a.verdict.dueDate!,
          asOf,
          lastOf({ audience: 'SECRETARIAT', kind: 'ESCALATION', organisationId: null, actionId: a.id }),
        ),
      )
      .sort(compareByUrgency);
    const secretariatItems: NoticeItem[] = [
      ...escalated.map((a) =>
        noticeItem('ESCALATION', { ref: a.ref, title: a.title, days: a.verdict.days, dueDate: a.verdict.dueDate, organisation: ownersOf(a) }),
      ),
      ...withoutEditor.map(({ organisation, open }) => noticeItem('NO_ACTIVE_EDITOR', { organisation: label.get(organisation.id), count: open })),
    ];
    for (const a of escalated) announced.push({ audience: 'SECRETARIAT', kind: 'ESCALATION', organisationId: null, actionId: a.id });
    const weekly: Announcement = { audience: 'SECRETARIAT', kind: 'WEEKLY_SUMMARY', organisationId: null, actionId: null };
    if (isWeeklySummaryDue(asOf, lastOf(weekly))) {
      const weekAgo = await this.snapshotService.snapshot(addDays(asOf, -7));
      const summary = weeklySummary(
        weekAgo.map((a) => ({ ref: a.ref, health: a.verdict.health })),
        snapshot.map((a) => ({ ref: a.ref, health: a.verdict.health })),
      );
      const byRef = new Map(snapshot.map((a) => [a.ref, a]));
      const line = (kind: 'NEWLY_OVERDUE' | 'NEWLY_COMPLETED') => (ref: string) => {
        const a = byRef.get(ref)!;
        return noticeItem(kind, { ref, title: a.title, dueDate: a.verdict.dueDate, organisation: ownersOf(a) });
      };
      secretariatItems.push(
        ...summary.newlyOverdue.map(line('NEWLY_OVERDUE')),
        ...summary.newlyCompleted.map(line('NEWLY_COMPLETED')),
        noticeItem('STALE_TOTAL', { count: summary.stale.length }),
      );
      announced.push(weekly);
    }
    if (secretariatItems.length > 0) {
      for (const admin of recipients.filter((r) => r.role === 'ADMIN'))
        deliveries.push({ recipient: admin, kind: 'SECRETARIAT_DIGEST', items: secretariatItems });
    }
    // The revision requests and decisions of the day before (re-planning, docs/rules.md §11), in each person's digest.
    for (const [userId, items] of await this.revisionNotices.digestItems(manager, addDays(asOf, -1))) {
      const recipient = recipients.find((r) => r.id === userId);
      if (!recipient) continue;
      const existing = deliveries.find((d) => d.recipient.id === userId);
      if (existing) existing.items = [...existing.items, ...items];
      else
        deliveries.push({
          recipient,
          kind: recipient.role === 'ADMIN' ? 'SECRETARIAT_DIGEST' : 'DIGEST',
          organisation: recipient.organisationId === null ? undefined : label.get(recipient.organisationId),
          items,
        });
    }

    await this.addMentions(manager, asOf, deliveries, recipients, label);
    // Decisions of the steering sessions followed up by an organisation (due soon, overdue), in its editors' digest.
    for (const [organisationId, items] of await this.decisionService.digestItems(manager, asOf)) {
      for (const editor of recipients.filter((r) => r.role === 'EDITOR' && r.organisationId === organisationId)) {
        const existing = deliveries.find((d) => d.recipient.id === editor.id);
        if (existing) existing.items = [...existing.items, ...items];
        else deliveries.push({ recipient: editor, kind: 'DIGEST', organisation: label.get(organisationId), items });
      }
    }

    const counts = await this.deliver(manager, asOf, deliveries);
    await this.recordAnnouncements(manager, asOf, announced);
    return counts;
  }

  /** The mentions since the previous run join each mentioned person's digest mail (a digest of their own when they have none). */
  private async addMentions(manager: EntityManager, asOf: CalendarDate, deliveries: Delivery[], recipients: Recipient[], label: Map<number, string>) {
    const previousRun = (await selectLastRunDate.single(manager)).runDate;
    for (const [userId, items] of await this.notificationService.mentionsBetween(manager, previousRun, asOf)) {
      const delivery = deliveries.find((d) => d.recipient.id === userId);
      const recipient = recipients.find((r) => r.id === userId);
      if (delivery) delivery.mailOnlyItems = [...(delivery.mailOnlyItems ?? []), ...items];
      else if (recipient) {
        const kind = recipient.role === 'ADMIN' ? 'SECRETARIAT_DIGEST' : 'DIGEST';
        const organisation = (recipient.organisationId !== null ? label.get(recipient.organisationId) : undefined) ?? recipient.name;
        deliveries.push({ recipient, kind, organisation, items: [], mailOnlyItems: items });
      }
    }
  }

  /** One notification per delivery; one mail per person and day, without the non-essential lines for those who opted out. */
  private async deliver(manager: EntityManager, asOf: CalendarDate, deliveries: Delivery[]): Promise<{ notifications: number; mails: number }> {
    const counts = { notifications: 0, mails: 0 };
    const mailedToday = await this.notificationService.mailDatesByRecipient(manager, asOf);
    for (const { recipient, kind, organisation, items, mailOnlyItems = [] } of deliveries) {
      if (items.length > 0) {
        await this.notificationService.record(manager, { userId: recipient.id, kind, runDate: asOf, items });
        counts.notifications++;
      }
      const allItems = [...items, ...mailOnlyItems];
      const mailItems = recipient.mailOptOut ? allItems.filter((i) => isEssentialNotice(i.kind)) : allItems;
      if (mailItems.length === 0 || alreadyMailedOn(mailedToday.get(recipient.id) ?? [], asOf)) continue;
      const content = renderMail({
        kind,
        language: recipient.language,
        recipientName: recipient.name,
        organisation,
        date: asOf,
        items: mailItems,
        publicUrl: this.config.publicUrl,
      });
      const queued = await this.notificationService.queueMail(manager, {
        recipientId: recipient.id,
        recipientEmail: recipient.email,
        language: recipient.language,
        kind,
        mailDate: asOf,
        ...content,
        items: mailItems,
      });
      if (queued) {
        mailedToday.set(recipient.id, [asOf]);
        counts.mails++;
      }
    }
    return counts;
  }

  private async lastAnnouncements(manager: EntityManager, asOf: CalendarDate): Promise<Map<string, CalendarDate>> {
    const rows = await selectLastAnnouncements.all(manager, [asOf]);
    return new Map(rows.map((row) => [keyOf(row), row.runDate]));
  }

  private async recordAnnouncements(manager: EntityManager, asOf: CalendarDate, announced: Announcement[]): Promise<void> {
    if (announced.length === 0) return;
    await insertAnnouncements.run(manager, [
      asOf,
      announced.map((a) => a.audience),
      announced.map((a) => a.kind),
      announced.map((a) => a.organisationId),
      announced.map((a) => a.actionId),
    ]);
  }
}
