import { Inject, Injectable } from '@nestjs/common';
import { CalendarDate } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { todayInCasablanca } from '../../common/clock';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService } from '../audit/audit.service';
import { noticeItem } from '../notification/notice-item';
import { NotificationService } from '../notification/notification.service';
import { AuthenticatedUser } from '../user/authenticated-user';
import { UserService } from '../user/user.service';
import { CreateCampaignInput } from './dto/reminder.inputs';
import { campaignDeadlinePast, campaignNotFound, noEditorToCall } from './reminder.errors';
import { MAIL_MESSAGES } from './reminder-mail.messages';
import { dmy, renderMail } from './reminder-mail.renderer';
import { CampaignModel, CampaignOrganisationModel } from './reminder.model';

/** Calls for updates: sent to every active editor (mail + notification), then followed organisation by organisation. */
@Injectable()
export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly userService: UserService,
    private readonly notificationService: NotificationService,
    private readonly auditService: AuditService,
  ) {}

  async create(actor: AuthenticatedUser, input: CreateCampaignInput, today: CalendarDate = todayInCasablanca()): Promise<CampaignModel> {
    if (input.deadline < today) throw campaignDeadlinePast(input.deadline, today);
    const custom = input.message?.trim() || null;
    const editors = (await this.userService.recipients()).filter((r) => r.role === 'EDITOR');
    if (editors.length === 0) throw noEditorToCall();
    const id = await this.dataSource.transaction(async (manager) => {
      const message = custom ?? MAIL_MESSAGES.fr.campaignDefault(dmy(input.deadline)!);
      const [{ id: campaignId }] = await manager.query(`INSERT INTO campaign (sent_on, deadline, message, created_by) VALUES ($1, $2, $3, $4) RETURNING id`, [
        today,
        input.deadline,
        message,
        actor.id,
      ]);
      for (const editor of editors) {
        const text = custom ?? MAIL_MESSAGES[editor.language].campaignDefault(dmy(input.deadline)!);
        const items = [noticeItem('CAMPAIGN', { title: text, dueDate: input.deadline })];
        await this.notificationService.record(manager, { userId: editor.id, kind: 'CAMPAIGN', runDate: today, campaignId, items });
        const content = renderMail({ kind: 'CAMPAIGN', language: editor.language, recipientName: editor.name, date: today, items, message: text, publicUrl: this.config.publicUrl });
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
        { actorId: actor.id, operation: 'createCampaign', entity: 'campaign', entityKey: String(campaignId), after: { deadline: input.deadline, message, recipients: editors.length } },
        manager,
      );
      return campaignId as number;
    });
    await this.notificationService.sendQueued();
    return this.byId(id);
  }

  async list(): Promise<CampaignModel[]> {
    const rows: { id: number }[] = await this.dataSource.query(`SELECT id FROM campaign ORDER BY created_at DESC, id DESC`);
    return Promise.all(rows.map((row) => this.byId(row.id)));
  }

  async byId(id: number): Promise<CampaignModel> {
    const [campaign] = await this.dataSource.query(
      `SELECT c.id, c.sent_on::text AS "sentOn", c.deadline::text AS deadline, c.message, c.created_at AS "createdAt",
              (SELECT count(*)::int FROM notification n WHERE n.campaign_id = c.id) AS recipients
         FROM campaign c WHERE c.id = $1`,
      [id],
    );
    if (!campaign) throw campaignNotFound(id);
    const organisations: CampaignOrganisationModel[] = await this.dataSource.query(
      `WITH owned AS (SELECT DISTINCT organisation_id, action_id FROM action_organisation WHERE role = 'OWNER'),
            updated AS (
              SELECT owned.organisation_id, su.action_id, u.email, su.entered_at
                FROM action_status_update su JOIN owned ON owned.action_id = su.action_id JOIN app_user u ON u.id = su.author_id
               WHERE su.entered_at >= $1)
       SELECT o.key, o.name, o.acronym,
              (SELECT count(*)::int FROM app_user e WHERE e.organisation_id = o.id AND e.role = 'EDITOR' AND e.active) AS editors,
              (SELECT count(*)::int FROM owned WHERE owned.organisation_id = o.id) AS actions,
              (SELECT count(DISTINCT action_id)::int FROM updated WHERE updated.organisation_id = o.id) AS "updatedActions",
              coalesce((SELECT array_agg(DISTINCT email ORDER BY email) FROM updated WHERE updated.organisation_id = o.id), '{}') AS "updatedBy",
              (SELECT max(entered_at) FROM updated WHERE updated.organisation_id = o.id) AS "lastUpdateAt"
         FROM organisation o
        WHERE o.kind <> 'GENERIC_GROUP' AND EXISTS (SELECT 1 FROM owned WHERE owned.organisation_id = o.id)`,
      [campaign.createdAt],
    );
    organisations.sort((a, b) => Number(a.updatedActions > 0) - Number(b.updatedActions > 0) || b.editors - a.editors || a.name.localeCompare(b.name, 'fr'));
    return Object.assign(new CampaignModel(), campaign, {
      organisationsUpdated: organisations.filter((o) => o.updatedActions > 0).length,
      organisationsReached: organisations.filter((o) => o.editors > 0).length,
      organisations: organisations.map((o) => Object.assign(new CampaignOrganisationModel(), o)),
    });
  }
}
