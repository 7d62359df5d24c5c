import { Injectable } from '@nestjs/common';
import { API_TOKEN_LIMITS } from '@pnq/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertCanActFor } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { forbidden } from '../../common/access/access.errors';
import { RowOf } from '../../database/sql/sql-types';
import { SqlExecutor } from '../../database/sql/typed-query';
import { AuditService } from '../audit/audit.service';
import { OrganisationService } from '../organisation/organisation.service';
import { hashToken } from '../user/user-session.service';
import { UserService } from '../user/user.service';
import { apiTokenNotFound, tooManyApiTokens } from './api-token.errors';
import { ApiTokenModel, CreatedApiTokenModel } from './api-token.model';
import {
  countLiveApiTokens,
  insertApiToken,
  lockApiToken,
  moveApiTokensToOrganisation,
  revokeApiToken,
  selectApiTokens,
  useApiToken,
} from './api-token.queries';
import { CreateApiTokenInput } from './dto/create-api-token.input';

type TokenRow = RowOf<(typeof selectApiTokens)['row']>;

/** A token as issued: the prefix and 32 random bytes, base64url. */
const TOKEN_SHAPE = new RegExp(`^${API_TOKEN_LIMITS.prefix}[A-Za-z0-9_-]{43}$`);
/** `last_used_at` moves at most this often per token. */
const USE_NOTE_SECONDS = 60;

const toModel = (row: TokenRow) => Object.assign(new ApiTokenModel(), row, { live: row.revokedAt === null && row.expiresAt.getTime() > Date.now() });

/**
 * API tokens (api_token, this module's) for another system of an owner organisation. Each token acts as its own
 * API-client account (the user module's: an editor of the organisation, no password, no mail), so the same rights
 * checks apply and whatever it enters is authored and audited under the token's name; its scopes narrow what it may
 * call (the guard). Created by the secretariat or the organisation's editors, shown once, stored as a SHA-256,
 * expiring, revocable; the last use is noted.
 */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly userService: UserService,
    private readonly organisationService: OrganisationService,
    private readonly auditService: AuditService,
  ) {}

  async create(actor: AuthenticatedUser, input: CreateApiTokenInput): Promise<CreatedApiTokenModel> {
    const organisation = await this.organisationService.getByKey(input.organisationKey);
    assertCanActFor(actor, organisation, 'create API tokens');
    const secret = `${API_TOKEN_LIMITS.prefix}${randomBytes(32).toString('base64url')}`;
    const name = input.name.trim();
    return this.dataSource.transaction(async (manager) => {
      if ((await countLiveApiTokens.single(manager, [organisation.id])).live >= API_TOKEN_LIMITS.perOrganisation) throw tooManyApiTokens();
      const clientId = await this.userService.createApiClient(manager, name, organisation.id);
      const row = await insertApiToken.single(manager, [
        clientId,
        organisation.id,
        name,
        hashToken(secret),
        `${secret.slice(0, API_TOKEN_LIMITS.prefix.length + 4)}…`,
        [...new Set(input.scopes)],
        actor.id,
        input.expiresInDays ?? API_TOKEN_LIMITS.defaultDays,
      ]);
      await this.audit(manager, actor.id, 'createApiToken', row, { organisation: organisation.key, scopes: row.scopes, expiresAt: row.expiresAt });
      return Object.assign(new CreatedApiTokenModel(), { token: toModel(row), secret });
    });
  }

  /** The tokens an actor may see: the secretariat's all (or one organisation's), an editor's their organisation's. */
  async list(actor: AuthenticatedUser, organisationKey: string | null): Promise<ApiTokenModel[]> {
    let organisationId: number | null = null;
    if (organisationKey) {
      const organisation = await this.organisationService.getByKey(organisationKey);
      assertCanActFor(actor, organisation, 'see its API tokens');
      organisationId = organisation.id;
    } else if (actor.role !== 'ADMIN') {
      if (actor.role !== 'EDITOR' || actor.organisationId === null) throw forbidden('Only editors of an organisation (or the secretariat) see API tokens.');
      organisationId = actor.organisationId;
    }
    return (await selectApiTokens.all(this.dataSource, [organisationId])).map(toModel);
  }

  async revoke(actor: AuthenticatedUser, id: number): Promise<ApiTokenModel> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockApiToken.one(manager, [id]);
      if (!locked) throw apiTokenNotFound(id);
      const [organisation] = await this.organisationService.byIds([locked.organisationId], manager);
      assertCanActFor(actor, organisation!, 'revoke its API tokens');
      const row = await revokeApiToken.one(manager, [id]);
      if (!row) return toModel(locked); // already revoked: nothing changes
      await this.userService.deactivateApiClient(manager, row.clientId);
      await this.audit(manager, actor.id, 'revokeApiToken', row, { revoked: true });
      return toModel(row);
    });
  }

  /** The account a bearer token acts as, with its name and scopes; null when the token is malformed, unknown, expired or revoked. */
  async authenticate(secret: string): Promise<AuthenticatedUser | null> {
    if (!TOKEN_SHAPE.test(secret)) return null;
    const token = await useApiToken.one(this.dataSource, [hashToken(secret), USE_NOTE_SECONDS]);
    if (!token) return null;
    const client = await this.userService.activeAccount(token.clientId);
    return client && { ...client, apiToken: { id: token.id, name: token.name, scopes: token.scopes } };
  }

  /** An organisation merged into another: its tokens follow (inside the merge's transaction). */
  async moveToOrganisation(db: SqlExecutor, fromOrganisationId: number, toOrganisationId: number): Promise<void> {
    await moveApiTokensToOrganisation.run(db, [fromOrganisationId, toOrganisationId]);
  }

  private audit(db: SqlExecutor, actorId: number, operation: string, row: TokenRow, after: Record<string, unknown>): Promise<void> {
    return this.auditService.record({ actorId, operation, entity: 'apiToken', entityKey: `${row.id}:${row.name}`, after, affectsPlan: false }, db);
  }
}
