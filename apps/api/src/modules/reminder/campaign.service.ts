import { Inject, Injectable } from '@nestjs/common';
import { CalendarDate } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { RowOf } from '../../database/sql/sql-types';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { noticeItem } from '../notification/notice-item';
import { NotificationService } from '../notification/notification.service';
import { OrganisationService } from '../organisation/organisation.service';
import { TrackingService } from '../tracking/tracking.service';
import { UserService } from '../user/user.service';
import { CreateCampaignInput } from './dto/reminder.inputs';
import { MAIL_MESSAGES } from './reminder-mail.messages';
import { dmy, renderMail } from './reminder-mail.renderer';
import { campaignDeadlinePast, campaignNotFound, noEditorToCall } from './reminder.errors';
import { CampaignModel, CampaignOrganisationModel } from './reminder.model';
import { insertCampaign, selectCampaign, selectCampaigns } from './reminder.queries';

type CampaignRow = RowOf<(typeof selectCampaign)['row']>;

/**
 * Owns campaign. Calls for updates: sent to every active editor (mail + notification), then followed organisation
 * by organisation — the follow-up asks each owner for its part (links, updates, accounts, notifications).
 */
@Injectable()
export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly userService: UserService,
    private readonly notificationService: NotificationService,
    private readonly auditService: AuditService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
    private readonly trackingService: TrackingService,
  ) {}

  async create(actor: AuthenticatedUser, input: CreateCampaignInput, today: CalendarDate = todayInCasablanca()): Promise<CampaignModel> {
    assertAdmin(actor, 'send a call for updates');
    if (input.deadline < today) throw campaignDeadlinePast(input.deadline, today);
    const custom = input.message?.trim() || null;
    const editors = (await this.userService.recipients()).filter((r) => r.role === 'EDITOR');
    if (editors.length === 0) throw noEditorToCall();
    const id = await this.dataSource.transaction(async (manager) => {
      const message = custom ?? MAIL_MESSAGES.fr.campaignDefault(dmy(input.deadline)!);
      const { id: campaignId } = await insertCampaign.single(manager, [today, input.deadline, message, actor.id]);
      for (const editor of editors) {
        const text = custom ?? MAIL_MESSAGES[editor.language].campaignDefault(dmy(input.deadline)!);
        const items = [noticeItem('CAMPAIGN', { title: text, dueDate: input.deadline })];
        await this.notificationService.record(manager, { userId: editor.id, kind: 'CAMPAIGN', runDate: today, campaignId, items });
        const content = renderMail({
          kind: 'CAMPAIGN',
          language: editor.language,
          recipientName: editor.name,
          date: today,
          items,
          message: text,
          publicUrl: this.config.publicUrl,
        });
        await this.notificationService.queueMail(manager, {
          recipientId: editor.id,
          recipientEmail: editor.email,
          language: editor.language,
          kind: 'CAMPAIGN',
          mailDate: today,
          campaignId,
          ...content,
          items,
        });
      }
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'createCampaign',
          entity: 'campaign',
          entityKey: String(campaignId),
          after: { deadline: input.deadline, message, recipients: editors.length },
        },
        manager,
      );
      return campaignId;
    });
    await this.notificationService.sendQueued();
    return this.byId(actor, id);
  }

  async list(actor: AuthenticatedUser): Promise<CampaignModel[]> {
    assertAdmin(actor, 'follow the calls for updates');
    return this.followUps(await selectCampaigns.all(this.dataSource));
  }

  async byId(actor: AuthenticatedUser, id: number): Promise<CampaignModel> {
    assertAdmin(actor, 'follow the calls for updates');
    const campaign = await selectCampaign.one(this.dataSource, [id]);
    if (!campaign) throw campaignNotFound(id);
    return (await this.followUps([campaign]))[0];
  }

  /** Per campaign, every owner organisation (generic groups aside): its editors, its actions, those updated since the call and by whom. */
  private async followUps(campaigns: readonly CampaignRow[]): Promise<CampaignModel[]> {
    if (campaigns.length === 0) return [];
    const earliest = new Date(Math.min(...campaigns.map((c) => c.createdAt.getTime())));
    const [organisations, owned, editors, recipients, updates] = await Promise.all([
      this.organisationService.list(),
      this.actionService.ownedActionIdsByOrganisation(),
      this.userService.activeEditorCounts(),
      this.notificationService.campaignRecipientCounts(campaigns.map((c) => c.id)),
      this.trackingService.updatesEnteredSince(earliest),
    ]);
    const authors = new Map((await this.userService.byIds([...new Set(updates.map((u) => u.authorId))])).map((user) => [user?.id, user?.email]));
    const owners = organisations.filter((o) => !o.isGeneric && owned.has(o.id));
    return campaigns.map((campaign) => {
      const since = updates.filter((u) => u.enteredAt >= campaign.createdAt);
      const rows = owners.map((organisation) => {
        const actions = new Set(owned.get(organisation.id));
        const updated = since.filter((u) => actions.has(u.actionId));
        return Object.assign(new CampaignOrganisationModel(), {
          key: organisation.key,
          name: organisation.name,
          acronym: organisation.acronym,
          editors: editors.get(organisation.id) ?? 0,
          actions: actions.size,
          updatedActions: new Set(updated.map((u) => u.actionId)).size,
          updatedBy: [...new Set(updated.map((u) => authors.get(u.authorId)).filter((email): email is string => Boolean(email)))].sort(),
          lastUpdateAt: updated.length ? new Date(Math.max(...updated.map((u) => u.enteredAt.getTime()))) : null,
        });
      });
      rows.sort((a, b) => Number(a.updatedActions > 0) - Number(b.updatedActions > 0) || b.editors - a.editors || a.name.localeCompare(b.name, 'fr'));
      return Object.assign(new CampaignModel(), campaign, {
        recipients: recipients.get(campaign.id) ?? 0,
        organisationsUpdated: rows.filter((o) => o.updatedActions > 0).length,
        organisationsReached: rows.filter((o) => o.editors > 0).length,
        organisations: rows,
      });
    });
  }
}
