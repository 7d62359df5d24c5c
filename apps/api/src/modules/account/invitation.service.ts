import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNT_LINKS, Language, Role } from '@pnq/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { todayInCasablanca } from '../../common/clock';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { RowOf } from '../../database/sql/sql-types';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { AccountMailDelivery, NotificationService } from '../notification/notification.service';
import { OrganisationService } from '../organisation/organisation.service';
import { hashToken, SessionOrigin, UserSessionService } from '../user/user-session.service';
import { editorNeedsOrganisation, emailTaken, localPasswordsDisabled } from '../user/user.errors';
import { UserModel } from '../user/user.model';
import { UserService } from '../user/user.service';
import { invitationInvalid, invitationNotFound, invitationPending } from './account.errors';
import {
  consumeInvitationByEmail,
  consumeInvitationByToken,
  insertInvitation,
  moveInvitationsToOrganisation,
  renewInvitation,
  revokeExpiredInvitationOf,
  revokeInvitation,
  selectOpenInvitations,
  selectUsableInvitation,
  setInvitationAccount,
} from './account.queries';
import { renderInvitationMail } from './account-mail.renderer';
import { InvitationModel, InvitationPreviewModel } from './invitation.model';

type InvitationRow = RowOf<(typeof selectOpenInvitations)['row']>;

export interface InvitationRequest {
  email: string;
  name: string;
  role: Role;
  organisationKey?: string | null;
  language: Language;
}

const LIFETIME_SECONDS = ACCOUNT_LINKS.invitationHours * 3600;
const newToken = () => randomBytes(32).toString('base64url');
const toModel = (row: InvitationRow) => Object.assign(new InvitationModel(), row);

/**
 * Invitations (account_invitation, this module's): the secretariat invites a person by e-mail with a role, an
 * organisation and a language; the person gets a single-use link valid ACCOUNT_LINKS.invitationHours and sets their
 * own password (or signs in through single sign-on with that address). Only the link's SHA-256 is stored; the
 * secretariat never sees nor sets a password. The accounts themselves are the user module's.
 */
@Injectable()
export class InvitationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly userService: UserService,
    private readonly userSessions: UserSessionService,
    private readonly organisationService: OrganisationService,
    private readonly notificationService: NotificationService,
    private readonly auditService: AuditService,
  ) {}

  async list(actor: AuthenticatedUser): Promise<InvitationModel[]> {
    assertAdmin(actor, 'list the invitations');
    return (await selectOpenInvitations.all(this.dataSource)).map(toModel);
  }

  /** Invites a person and mails them their link (after the commit). EMAIL_TAKEN, INVITATION_PENDING, EDITOR_NEEDS_ORGANISATION, ORGANISATION_NOT_FOUND. */
  async invite(actor: AuthenticatedUser, request: InvitationRequest): Promise<InvitationModel> {
    assertAdmin(actor, 'invite people');
    const { invitation, deliver } = await this.dataSource.transaction(async (manager) => {
      const { row, token } = await this.create(manager, request, actor.id);
      await this.audit(manager, actor.id, 'inviteUser', row, { email: row.email, name: row.name, role: row.role, organisationId: row.organisationId });
      return { invitation: row, deliver: await this.mail(manager, row, token, actor.name) };
    });
    void deliver();
    return toModel(invitation);
  }

  /**
   * The command line's invitation (`npm run invite`), for the very first admin or when no admin can sign in: no mail
   * is sent; the link is returned for the operator to hand over. Audited with no actor.
   */
  async inviteFromCommandLine(request: InvitationRequest): Promise<{ invitation: InvitationModel; link: string }> {
    return this.dataSource.transaction(async (manager) => {
      const { row, token } = await this.create(manager, request, null);
      await this.audit(manager, null, 'inviteUser', row, { email: row.email, name: row.name, role: row.role, organisationId: row.organisationId, by: 'cli' });
      return { invitation: toModel(row), link: this.link(token) };
    });
  }

  /** A new link (the old one stops working) valid for a full lifetime again, mailed. INVITATION_NOT_FOUND. */
  async resend(actor: AuthenticatedUser, id: number): Promise<InvitationModel> {
    assertAdmin(actor, 'resend invitations');
    const token = newToken();
    const { invitation, deliver } = await this.dataSource.transaction(async (manager) => {
      const row = await renewInvitation.one(manager, [id, LIFETIME_SECONDS, hashToken(token)]);
      if (!row) throw invitationNotFound(id);
      await this.audit(manager, actor.id, 'resendInvitation', row, { expiresAt: row.expiresAt });
      return { invitation: row, deliver: await this.mail(manager, row, token, actor.name) };
    });
    void deliver();
    return toModel(invitation);
  }

  async revoke(actor: AuthenticatedUser, id: number): Promise<InvitationModel> {
    assertAdmin(actor, 'revoke invitations');
    return this.dataSource.transaction(async (manager) => {
      const row = await revokeInvitation.one(manager, [id]);
      if (!row) throw invitationNotFound(id);
      await this.audit(manager, actor.id, 'revokeInvitation', row, { revoked: true });
      return toModel(row);
    });
  }

  /** What the link's holder may see before accepting; INVITATION_INVALID once used, replaced, revoked or expired. */
  async preview(token: string): Promise<InvitationPreviewModel> {
    const row = await selectUsableInvitation.one(this.dataSource, [hashToken(token)]);
    if (!row) throw invitationInvalid();
    return Object.assign(new InvitationPreviewModel(), row);
  }

  /**
   * Accepts an invitation with the person's own password, in one transaction: the link is used (once), the account
   * made with the role and organisation the secretariat chose, and a session opened. A refused password (WEAK_PASSWORD)
   * rolls everything back, so the link still works.
   */
  async accept(
    token: string,
    password: string,
    name: string | undefined,
    origin: SessionOrigin,
  ): Promise<{ token: string; user: AuthenticatedUser; expiresAt: Date }> {
    if (!this.config.localPasswords) throw localPasswordsDisabled();
    return this.dataSource.transaction(async (manager) => {
      const invitation = await consumeInvitationByToken.one(manager, [hashToken(token)]);
      if (!invitation) throw invitationInvalid();
      const user = await this.makeAccount(manager, invitation, name?.trim() || invitation.name, password);
      return this.userSessions.open(user.id, origin, manager);
    });
  }

  /** Single sign-on with the address of a pending invitation accepts it (no password); null when there is none. */
  async acceptBySingleSignOn(db: SqlExecutor, email: string, name: string | null): Promise<UserModel | null> {
    const invitation = await consumeInvitationByEmail.one(db, [email]);
    if (!invitation) return null;
    return this.makeAccount(db, invitation, name?.trim() || invitation.name, null);
  }

  /** An organisation merged into another: its invitations follow (inside the merge's transaction). */
  async moveToOrganisation(db: SqlExecutor, fromOrganisationId: number, toOrganisationId: number): Promise<void> {
    await moveInvitationsToOrganisation.run(db, [fromOrganisationId, toOrganisationId]);
  }

  private async makeAccount(db: SqlExecutor, invitation: InvitationRow, name: string, password: string | null): Promise<UserModel> {
    const user = await this.userService.createPerson(db, {
      email: invitation.email,
      name,
      role: invitation.role,
      organisationId: invitation.organisationId,
      language: invitation.language,
      password,
    });
    await setInvitationAccount.run(db, [invitation.id, user.id]);
    return user;
  }

  private async create(db: SqlExecutor, request: InvitationRequest, invitedBy: number | null): Promise<{ row: InvitationRow; token: string }> {
    const email = request.email.trim().toLowerCase();
    if (request.role === 'EDITOR' && !request.organisationKey) throw editorNeedsOrganisation();
    const organisationId = request.organisationKey ? (await this.organisationService.getByKey(request.organisationKey, db)).id : null;
    if (await this.userService.idByEmail(email, db)) throw emailTaken(email);
    await revokeExpiredInvitationOf.run(db, [email]);
    const token = newToken();
    const row = await insertInvitation.one(db, [
      email,
      LIFETIME_SECONDS,
      request.name.trim(),
      request.role,
      organisationId,
      request.language,
      hashToken(token),
      invitedBy,
    ]);
    if (!row) throw invitationPending(email);
    return { row, token };
  }

  private link(token: string): string {
    return `${this.config.publicUrl}/invitation#${token}`;
  }

  private async mail(db: SqlExecutor, row: InvitationRow, token: string, inviter: string): Promise<AccountMailDelivery> {
    const organisation = row.organisationId === null ? null : (await this.organisationService.byIds([row.organisationId], db))[0];
    const rendered = renderInvitationMail({
      language: row.language,
      name: row.name,
      email: row.email,
      inviter,
      role: row.role,
      organisation: organisation ? (organisation.acronym ?? organisation.name) : null,
      link: this.link(token),
      expiresAt: row.expiresAt,
      ssoLabel: this.config.oidc?.label ?? null,
    });
    return this.notificationService.recordAccountMail(db, {
      kind: 'INVITATION',
      recipientId: null,
      recipientEmail: row.email,
      language: row.language,
      mailDate: todayInCasablanca(),
      ...rendered,
    });
  }

  private audit(db: SqlExecutor, actorId: number | null, operation: string, row: InvitationRow, after: Record<string, unknown>): Promise<void> {
    return this.auditService.record({ actorId, operation, entity: 'invitation', entityKey: `${row.id}:${row.email}`, after, affectsPlan: false }, db);
  }
}
