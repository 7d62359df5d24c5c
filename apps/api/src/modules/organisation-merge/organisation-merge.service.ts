import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { ActionService } from '../action/action.service';
import { AuditService } from '../audit/audit.service';
import { MergeOrganisationsInput } from '../organisation/dto/organisation.inputs';
import { mergeSameOrganisation } from '../organisation/organisation.errors';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { UserService } from '../user/user.service';
import { ApiTokenService } from '../api-token/api-token.service';
import { InvitationService } from '../account/invitation.service';
import { FinancingService } from '../financing/financing.service';
import { EvidenceService } from '../evidence/evidence.service';
import { DecisionService } from '../steering/decision.service';
import { SessionService } from '../steering/session.service';

/**
 * Merging a duplicate organisation into another spans several owners — its action links (action), its accounts
 * (user), API tokens (api-token), pending invitations (account) and the funding lines naming it as partner (financing), the sessions it attended and decisions naming it (steering), its aliases and row (organisation) — so it lives here, above them, and asks each owner to move its
 * own rows, all in one transaction.
 */
@Injectable()
export class OrganisationMergeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
    private readonly userService: UserService,
    private readonly apiTokenService: ApiTokenService,
    private readonly invitationService: InvitationService,
    private readonly auditService: AuditService,
    private readonly financingService: FinancingService,
    private readonly evidenceService: EvidenceService,
    private readonly sessionService: SessionService,
    private readonly decisionService: DecisionService,
  ) {}

  /** Action links (no double link), accounts and aliases move to the organisation kept; the duplicate goes. */
  async merge(actor: AuthenticatedUser, input: MergeOrganisationsInput): Promise<OrganisationModel> {
    assertAdmin(actor, 'merge organisations');
    if (input.duplicateKey === input.keepKey) throw mergeSameOrganisation();
    return this.dataSource.transaction(async (manager) => {
      const { duplicate, keep } = await this.organisationService.lockPair(manager, input.duplicateKey, input.keepKey);
      const links = await this.actionService.moveLinksToOrganisation(manager, duplicate.id, keep.id);
      await this.userService.moveToOrganisation(manager, duplicate.id, keep.id);
      await this.apiTokenService.moveToOrganisation(manager, duplicate.id, keep.id);
      await this.invitationService.moveToOrganisation(manager, duplicate.id, keep.id);
      await this.financingService.movePartnerToOrganisation(manager, duplicate.id, keep.id);
      await this.evidenceService.moveToOrganisation(manager, duplicate.id, keep.id);
      await this.sessionService.moveToOrganisation(manager, duplicate.id, keep.id);
      await this.decisionService.moveToOrganisation(manager, duplicate.id, keep.id);
      await this.organisationService.absorb(manager, duplicate.id, keep.id);
      const { isGeneric: _d, ...duplicateRow } = duplicate;
      const { isGeneric: _k, ...keepRow } = keep;
      await this.auditService.record(
        {
          actorId: actor.id,
          operation: 'mergeOrganisations',
          entity: 'organisation',
          entityKey: input.keepKey,
          before: { duplicate: duplicateRow, keep: keepRow, links },
          after: { keep: keep.key, removed: duplicate.key },
        },
        manager,
      );
      return keep;
    });
  }
}
