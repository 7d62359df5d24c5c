import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GraphqlClient, GraphqlResponse, startTestApp, TestApp, testConfig } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * Every mutation × every role × own/other organisation, from ONE table. The schema's mutations are read by
 * introspection: a mutation added without a row here fails the first test (add its row — the lead adds the
 * rows of the mutations other branches bring).
 */
type Actor = 'ADMIN' | 'EDITOR' | 'VIEWER' | 'ANONYMOUS';
type Target = 'own' | 'other';
type Verdict = 'allow' | 'deny';

/** What each mutation acts on, seen from the editor (IMANOR): its own organisation's thing, or another's. */
interface World {
  databaseUrl: string;
  /** An action IMANOR owns (own) or has nothing to do with (other). */
  actionRef(target: Target): string;
  organisationKey(target: Target): string;
  userEmail(target: Target): string;
  /** Two throwaway organisations, fresh for each call. */
  throwawayOrganisations(): Promise<[string, string]>;
  /** A fresh pending invitation, and the token of its link. */
  pendingInvitation(): Promise<{ id: number; token: string }>;
  /** A fresh account with a live password-reset link, and the link's token. */
  resetLink(): Promise<string>;
  /** A fresh live API token of the own or other organisation: its id. */
  apiTokenOf(target: Target): Promise<number>;
}

interface Rule {
  /** Sends the mutation, valid in every way but the caller's rights. */
  send(client: GraphqlClient, target: Target, world: World): Promise<GraphqlResponse<unknown>>;
  /** ADMIN has no organisation: own/other does not change its verdict. ANONYMOUS is refused everything but the public mutations. */
  allow: Record<Exclude<Actor, 'ANONYMOUS'>, Record<Target, Verdict>> & { ANONYMOUS: Verdict };
}

const unique = () => randomBytes(4).toString('hex');
/** A fresh date for each accepted reference rate (one per currency and date). */
let rateDay = 0;
const both = (verdict: Verdict): Record<Target, Verdict> => ({ own: verdict, other: verdict });
const adminsOnly = { ADMIN: both('allow'), EDITOR: both('deny'), VIEWER: both('deny'), ANONYMOUS: 'deny' } as const;
const signedIn = { ADMIN: both('allow'), EDITOR: both('allow'), VIEWER: both('allow'), ANONYMOUS: 'deny' } as const;
const everyone = { ADMIN: both('allow'), EDITOR: both('allow'), VIEWER: both('allow'), ANONYMOUS: 'allow' } as const;

async function firstIndicator(world: World, ref: string): Promise<{ id: number; kind: string; version: number }> {
  const [indicator] = await queryDatabase<{ id: number; kind: string; version: number }>(
    world.databaseUrl,
    'SELECT i.id, i.kind, i.version FROM indicator i JOIN action a ON a.id = i.action_id WHERE a.ref = $1 ORDER BY i.id LIMIT 1',
    [ref],
  );
  return indicator;
}

async function currentVersion(world: World, ref: string): Promise<number> {
  const [{ version }] = await queryDatabase<{ version: number }>(world.databaseUrl, 'SELECT version FROM action WHERE ref = $1', [ref]);
  return version;
}

// Re-planning (issue 17): each call needs the action's definition version, a due date not yet in force, a fresh request.
let dueDay = 0;
/** A due date no revision has set yet (2035, one day further at each call). */
function freshDueDate(): string {
  dueDay += 1;
  return new Date(Date.UTC(2035, 0, dueDay)).toISOString().slice(0, 10);
}

async function definitionVersion(world: World, ref: string): Promise<number> {
  const [{ count }] = await queryDatabase<{ count: number }>(
    world.databaseUrl,
    'SELECT count(*)::int AS count FROM action_revision r JOIN action a ON a.id = r.action_id WHERE a.ref = $1',
    [ref],
  );
  return count;
}

/** A fresh pending request for a new deadline on the action, on its current definition. */
async function pendingRevisionRequest(world: World, ref: string): Promise<number> {
  const [{ id }] = await queryDatabase<{ id: number }>(
    world.databaseUrl,
    `INSERT INTO revision_request (action_id, kind, changes, justification, definition_version, requested_by)
     SELECT a.id, 'DEADLINE', $2::jsonb, 'Matrice des droits', $3, (SELECT id FROM app_user WHERE email = 'admin@pnq.local')
       FROM action a WHERE a.ref = $1 RETURNING id::int AS id`,
    [ref, JSON.stringify({ dueDate: freshDueDate() }), await definitionVersion(world, ref)],
  );
  return id;
}

/** A valid new-deadline revision of the action, on its current definition. */
async function newDeadline(world: World, ref: string) {
  return {
    ref,
    kind: 'DEADLINE',
    dueDate: freshDueDate(),
    justification: 'Matrice des droits',
    expectedDefinitionVersion: await definitionVersion(world, ref),
  };
}

/** Approves or rejects a fresh pending request on the action. */
function decideRequest(mutation: 'approveRevisionRequest' | 'rejectRevisionRequest'): Rule['send'] {
  return async (c, target, world) =>
    c.graphql(`mutation ($i: DecideRevisionRequestInput!) { ${mutation}(input: $i) { id } }`, {
      i: { id: String(await pendingRevisionRequest(world, world.actionRef(target))), comment: 'Matrice des droits' },
    });
}

const STRONG_PASSWORD = 'lanterne-orage-cedre-2035';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const RULES: Record<string, Rule> = {
  login: {
    send: (c) =>
      c.graphql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }', { e: 'viewer@pnq.local', p: DEMO_PASSWORD }),
    allow: everyone,
  },
  logout: { send: (c) => c.graphql('mutation { logout }'), allow: everyone },
  updateActionStatus: {
    send: async (c, target, world) => {
      const ref = world.actionRef(target);
      return c.graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
        i: {
          ref,
          status: 'IN_PROGRESS',
          progress: 30,
          comment: 'Matrice des droits',
          effectiveDate: '2025-06-30',
          expectedVersion: await currentVersion(world, ref),
        },
      });
    },
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  addActionComment: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: AddActionCommentInput!) { addActionComment(input: $i) { ref } }', {
        i: { ref: world.actionRef(target), comment: 'Matrice des droits' },
      }),
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  updateActionDefinition: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: UpdateActionDefinitionInput!) { updateActionDefinition(input: $i) { ref } }', {
        i: { ref: world.actionRef(target), weight: 1 },
      }),
    allow: adminsOnly,
  },
  createOrganisation: {
    send: (c) =>
      c.graphql('mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { key } }', {
        i: { key: `matrix-${unique()}`, name: 'Organisme de test', kind: 'PUBLIC_BODY' },
      }),
    allow: adminsOnly,
  },
  updateOrganisation: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { key } }', {
        i: { key: world.organisationKey(target), kind: 'PUBLIC_BODY' },
      }),
    allow: adminsOnly,
  },
  mergeOrganisations: {
    send: async (c, _target, world) => {
      const [keepKey, duplicateKey] = await world.throwawayOrganisations();
      return c.graphql('mutation ($i: MergeOrganisationsInput!) { mergeOrganisations(input: $i) { key } }', { i: { keepKey, duplicateKey } });
    },
    allow: adminsOnly,
  },
  updateUser: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: UpdateUserInput!) { updateUser(input: $i) { email } }', { i: { email: world.userEmail(target), language: 'fr' } }),
    allow: adminsOnly,
  },
  requestAnnualReport: {
    send: (c) => c.graphql('mutation { requestAnnualReport(input: { year: 2025, format: PDF }) { id state } }'),
    allow: signedIn,
  },
  finaliseAnnualReport: {
    send: (c) => c.graphql('mutation { finaliseAnnualReport(year: 2024) { id state } }'),
    allow: adminsOnly,
  },
  runReminders: {
    send: (c) => c.graphql('mutation { runReminders(asOf: "2026-01-15") { status } }'),
    allow: adminsOnly,
  },
  createCampaign: {
    send: (c) => c.graphql('mutation ($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', { i: { deadline: '2035-12-31' } }),
    allow: adminsOnly,
  },
  markNotificationsRead: {
    send: (c) => c.graphql('mutation { markNotificationsRead }'),
    allow: signedIn,
  },
  recordIndicatorValue: {
    send: async (c, target, world) => {
      const indicator = await firstIndicator(world, world.actionRef(target));
      const measure = indicator.kind === 'QUANTITATIVE' ? { value: 1 } : { achieved: false };
      return c.graphql('mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }', {
        i: { indicatorId: indicator.id, date: '2025-06-30', expectedVersion: indicator.version, comment: 'Matrice des droits', ...measure },
      });
    },
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  updateIndicatorDefinition: {
    send: async (c, target, world) => {
      const indicator = await firstIndicator(world, world.actionRef(target));
      return c.graphql('mutation ($i: UpdateIndicatorDefinitionInput!) { updateIndicatorDefinition(input: $i) { id } }', {
        i: { indicatorId: indicator.id, kind: indicator.kind, expectedVersion: indicator.version },
      });
    },
    allow: adminsOnly,
  },
  addNationalIndicatorValue: {
    send: async (c, target, world) => {
      const [{ key }] = await queryDatabase<{ key: string }>(world.databaseUrl, 'SELECT key FROM national_indicator ORDER BY id LIMIT 1');
      return c.graphql('mutation ($i: AddNationalIndicatorValueInput!) { addNationalIndicatorValue(input: $i) { key } }', {
        i: { key, date: target === 'own' ? '2025-12-31' : '2025-06-30', value: 1, source: 'Matrice des droits' },
      });
    },
    allow: adminsOnly,
  },
  recordActionFinancing: {
    send: async (c, target, world) => {
      const ref = world.actionRef(target);
      const [{ version }] = await queryDatabase<{ version: number }>(
        world.databaseUrl,
        'SELECT COALESCE(max(f.version), 0)::int AS version FROM action_financing f JOIN action a ON a.id = f.action_id WHERE a.ref = $1',
        [ref],
      );
      return c.graphql('mutation ($i: RecordActionFinancingInput!) { recordActionFinancing(input: $i) { ref } }', {
        i: { ref, needsFunding: true, estimatedCost: '100000', lines: [], effectiveDate: '2025-06-30', expectedVersion: version },
      });
    },
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  recordReferenceRate: {
    send: (c) =>
      c.graphql('mutation ($i: RecordReferenceRateInput!) { recordReferenceRate(input: $i) { rate } }', {
        i: { currency: 'EUR', date: `2024-${String(1 + (rateDay % 12)).padStart(2, '0')}-${String(1 + (rateDay++ % 28)).padStart(2, '0')}`, rate: '10.8' },
      }),
    allow: adminsOnly,
  },
  inviteUser: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: InviteUserInput!) { inviteUser(input: $i) { id } }', {
        i: { email: `matrix-${unique()}@pnq.local`, name: 'Compte de test', role: 'EDITOR', organisationKey: world.organisationKey(target), language: 'fr' },
      }),
    allow: adminsOnly,
  },
  resendInvitation: {
    send: async (c, _target, world) => c.graphql('mutation ($id: ID!) { resendInvitation(id: $id) { id } }', { id: (await world.pendingInvitation()).id }),
    allow: adminsOnly,
  },
  revokeInvitation: {
    send: async (c, _target, world) => c.graphql('mutation ($id: ID!) { revokeInvitation(id: $id) { id } }', { id: (await world.pendingInvitation()).id }),
    allow: adminsOnly,
  },
  acceptInvitation: {
    send: async (c, _target, world) =>
      c.graphql('mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { user { email } } }', {
        i: { token: (await world.pendingInvitation()).token, password: STRONG_PASSWORD },
      }),
    allow: everyone,
  },
  requestPasswordReset: {
    send: (c) => c.graphql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: `matrix-${unique()}@pnq.local` }),
    allow: everyone,
  },
  resetPassword: {
    send: async (c, _target, world) =>
      c.graphql('mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { user { email } } }', {
        i: { token: await world.resetLink(), password: STRONG_PASSWORD },
      }),
    allow: everyone,
  },
  changeMyPassword: {
    send: async (c, _target, world) => {
      const me = await c.graphql<{ me: { email: string } | null }>('{ me { email } }');
      const email = me.data?.me?.email ?? 'viewer@pnq.local';
      const [before] = await queryDatabase<{ hash: string }>(world.databaseUrl, 'SELECT password_hash AS hash FROM app_user WHERE email = $1', [email]);
      const response = await c.graphql('mutation ($i: ChangePasswordInput!) { changeMyPassword(input: $i) }', {
        i: { currentPassword: DEMO_PASSWORD, newPassword: STRONG_PASSWORD },
      });
      // the demo account keeps its published password for the next cases
      await queryDatabase(world.databaseUrl, 'UPDATE app_user SET password_hash = $2 WHERE email = $1', [email, before.hash]);
      return response;
    },
    allow: signedIn,
  },
  signOutSession: {
    send: async (c) => {
      const sessions = await c.graphql<{ mySessions: { id: string; current: boolean }[] }>('{ mySessions { id current } }');
      const id = sessions.data?.mySessions.find((s) => s.current)?.id ?? '1';
      return c.graphql('mutation ($id: ID!) { signOutSession(id: $id) }', { id });
    },
    allow: signedIn,
  },
  signOutEverywhere: { send: (c) => c.graphql('mutation { signOutEverywhere }'), allow: signedIn },
  createApiToken: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }', {
        i: { organisationKey: world.organisationKey(target), name: `Matrice ${unique()}`, scopes: ['READ'], expiresInDays: 1 },
      }),
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  revokeApiToken: {
    send: async (c, target, world) => c.graphql('mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', { id: await world.apiTokenOf(target) }),
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  requestRevision: {
    send: async (c, target, world) =>
      c.graphql('mutation ($i: RequestRevisionInput!) { requestRevision(input: $i) { id } }', { i: await newDeadline(world, world.actionRef(target)) }),
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  approveRevisionRequest: { send: decideRequest('approveRevisionRequest'), allow: adminsOnly },
  rejectRevisionRequest: { send: decideRequest('rejectRevisionRequest'), allow: adminsOnly },
  reviseAction: {
    send: async (c, target, world) =>
      c.graphql('mutation ($i: ReviseActionInput!) { reviseAction(input: $i) { ref } }', { i: await newDeadline(world, world.actionRef(target)) }),
    allow: adminsOnly,
  },
  setDeadlines: {
    send: async (c, target, world) => {
      const ref = world.actionRef(target);
      return c.graphql('mutation ($i: SetDeadlinesInput!) { setDeadlines(input: $i) }', {
        i: { items: [{ ref, dueDate: freshDueDate(), expectedDefinitionVersion: await definitionVersion(world, ref) }], justification: 'Matrice des droits' },
      });
    },
    allow: adminsOnly,
  },
  addActionDependency: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: DependencyInput!) { addActionDependency(input: $i) { ref } }', {
        i: { dependentRef: world.actionRef(target), predecessorRef: '5-1.1.1', note: 'Matrice des droits' },
      }),
    allow: adminsOnly,
  },
  removeActionDependency: {
    send: async (c, target, world) => {
      const ref = world.actionRef(target);
      await queryDatabase(
        world.databaseUrl,
        `INSERT INTO action_dependency (dependent_id, predecessor_id) SELECT d.id, p.id FROM action d, action p WHERE d.ref = $1 AND p.ref = '5-1.1.2'
         ON CONFLICT DO NOTHING`,
        [ref],
      );
      return c.graphql('mutation ($i: DependencyInput!) { removeActionDependency(input: $i) { ref } }', {
        i: { dependentRef: ref, predecessorRef: '5-1.1.2' },
      });
    },
    allow: adminsOnly,
  },
  updateMyPreferences: {
    send: (c) => c.graphql('mutation ($i: UpdatePreferencesInput!) { updateMyPreferences(input: $i) { email } }', { i: { language: 'fr' } }),
    allow: signedIn,
  },
  withdrawEvidenceFile: {
    // own: a file IMANOR's editor attached; other: one SEMAC's editor attached (only its author or the secretariat may withdraw it).
    send: async (c, target, world) => {
      const [{ id }] = await queryDatabase<{ id: number }>(
        world.databaseUrl,
        `INSERT INTO evidence_file (action_id, organisation_id, author_id, name, mime, size_bytes, sha256, storage, storage_key)
         SELECT (SELECT id FROM action WHERE ref = $2), u.organisation_id, u.id, 'preuve.pdf', 'application/pdf', 1, $3, 'POSTGRES', $4
           FROM app_user u WHERE u.email = $1 RETURNING id::int AS id`,
        [world.userEmail(target), world.actionRef(target), sha256(unique()), unique()],
      );
      return c.graphql('mutation ($i: WithdrawEvidenceFileInput!) { withdrawEvidenceFile(input: $i) { id } }', { i: { id, reason: 'Matrice des droits' } });
    },
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  requestPublicSnapshot: {
    send: (c) => c.graphql('mutation ($i: PublishSnapshotInput!) { requestPublicSnapshot(input: $i) { id } }', { i: { asOf: '2025-12-31', publish: false } }),
    allow: adminsOnly,
  },
  recordQualityCriterion: {
    send: (c) =>
      c.graphql('mutation ($i: RecordQualityCriterionInput!) { recordQualityCriterion(input: $i) { key } }', {
        i: { key: `critere-${unique()}`, label: 'Normes', description: 'Normes marocaines en vigueur', figureKeys: [] },
      }),
    allow: adminsOnly,
  },
  // Steering sessions and decisions (issue 18)
  recordSteeringSession: {
    send: (c, target, world) =>
      c.graphql('mutation ($i: RecordSessionInput!) { recordSteeringSession(input: $i) { id } }', {
        i: {
          body: 'CSNCA_PLENARY',
          heldOn: '2026-01-15',
          place: 'Rabat',
          agenda: ['Matrice des droits'],
          attendingOrganisationKeys: [world.organisationKey(target)],
        },
      }),
    allow: adminsOnly,
  },
  recordSteeringDecision: {
    send: async (c, target, world) =>
      c.graphql('mutation ($i: RecordDecisionInput!) { recordSteeringDecision(input: $i) { id } }', {
        i: { sessionId: String(await steeringSession(world)), text: 'Matrice des droits', organisationKeys: [world.organisationKey(target)] },
      }),
    allow: adminsOnly,
  },
  updateDecisionStatus: {
    send: async (c, target, world) =>
      c.graphql('mutation ($i: UpdateDecisionStatusInput!) { updateDecisionStatus(input: $i) { id } }', {
        i: {
          decisionId: String(await followedDecision(world, world.organisationKey(target))),
          status: 'IN_PROGRESS',
          progress: 10,
          comment: 'Matrice des droits',
          expectedVersion: 0,
        },
      }),
    allow: { ADMIN: both('allow'), EDITOR: { own: 'allow', other: 'deny' }, VIEWER: both('deny'), ANONYMOUS: 'deny' },
  },
  requestSessionDocument: {
    send: async (c, _target, world) =>
      c.graphql('mutation ($id: ID!) { requestSessionDocument(sessionId: $id, document: MINUTES_DOCX) { id state } }', {
        id: String(await steeringSession(world)),
      }),
    allow: signedIn,
  },
};

/** A steering session recorded for the matrix. */
async function steeringSession(world: World): Promise<number> {
  const [{ id }] = await queryDatabase<{ id: number }>(
    world.databaseUrl,
    `INSERT INTO steering_session (body, held_on, place, created_by) SELECT 'CSNCA_PLENARY', '2026-01-15', 'Rabat', id FROM app_user WHERE email = 'admin@pnq.local' RETURNING id`,
  );
  return id;
}

/** A fresh decision with a due date, followed up by the organisation. */
async function followedDecision(world: World, organisationKey: string): Promise<number> {
  const [{ id }] = await queryDatabase<{ id: number }>(
    world.databaseUrl,
    `INSERT INTO steering_decision (session_id, kind, text, decided_on, due_date, responsible_organisation_id, created_by)
     SELECT $1, 'DECISION', 'Matrice des droits', '2026-01-15', '2030-12-31', o.id, u.id FROM organisation o, app_user u
      WHERE o.key = $2 AND u.email = 'admin@pnq.local' RETURNING id`,
    [await steeringSession(world), organisationKey],
  );
  return id;
}

const ACTORS: Actor[] = ['ADMIN', 'EDITOR', 'VIEWER', 'ANONYMOUS'];
const TARGETS: Target[] = ['own', 'other'];
const EMAILS: Record<Exclude<Actor, 'ANONYMOUS'>, string> = { ADMIN: 'admin@pnq.local', EDITOR: 'imanor@pnq.local', VIEWER: 'viewer@pnq.local' };

describe('the rights matrix: every mutation × role × own/other organisation', () => {
  let testApp: TestApp;
  let world: World;
  beforeAll(async () => {
    // Report jobs are only queued here (no instance takes them), and one person may queue more than the usual two.
    testApp = await startTestApp({ config: { jobs: { ...testConfig().jobs, runner: false, reportsPerUser: 100 } } });
    const databaseUrl = testApp.databaseUrl;
    const [other] = await queryDatabase<{ ref: string }>(
      databaseUrl,
      `SELECT a.ref FROM action a WHERE a.ref ~ '^[1-9]-' AND NOT EXISTS (
         SELECT 1 FROM action_organisation ao JOIN organisation o ON o.id = ao.organisation_id WHERE ao.action_id = a.id AND o.key = 'imanor')
       ORDER BY a.id LIMIT 1`,
    );
    world = {
      databaseUrl,
      actionRef: (target) => (target === 'own' ? '1-2.1.1' : other.ref),
      organisationKey: (target) => (target === 'own' ? 'imanor' : 'semac'),
      userEmail: (target) => (target === 'own' ? 'imanor@pnq.local' : 'semac@pnq.local'),
      async throwawayOrganisations() {
        const keys: [string, string] = [`keep-${unique()}`, `dup-${unique()}`];
        await queryDatabase(
          databaseUrl,
          `INSERT INTO organisation (key, name, kind) VALUES ($1, 'Garder', 'PUBLIC_BODY'), ($2, 'Doublon', 'PUBLIC_BODY')`,
          keys,
        );
        return keys;
      },
      async pendingInvitation() {
        const token = randomBytes(32).toString('base64url');
        const [{ id }] = await queryDatabase<{ id: number }>(
          databaseUrl,
          `INSERT INTO account_invitation (email, name, role, language, token_hash, expires_at) VALUES ($1, 'Invité', 'VIEWER', 'fr', $2, now() + interval '1 day') RETURNING id`,
          [`invite-${unique()}@pnq.local`, sha256(token)],
        );
        return { id, token };
      },
      async resetLink() {
        const token = randomBytes(32).toString('base64url');
        const email = `reset-${unique()}@pnq.local`;
        const [{ id }] = await queryDatabase<{ id: number }>(
          databaseUrl,
          `INSERT INTO app_user (email, name, role) VALUES ($1, 'Compte oublieux', 'VIEWER') RETURNING id`,
          [email],
        );
        await queryDatabase(
          databaseUrl,
          `INSERT INTO password_reset (email, ip, user_id, token_hash, expires_at) VALUES ($1, '127.0.0.1', $2, $3, now() + interval '1 hour')`,
          [email, id, sha256(token)],
        );
        return token;
      },
      async apiTokenOf(target) {
        const key = target === 'own' ? 'imanor' : 'semac';
        const [{ id }] = await queryDatabase<{ id: number }>(
          databaseUrl,
          `WITH o AS (SELECT id FROM organisation WHERE key = $1),
                c AS (INSERT INTO app_user (email, name, role, organisation_id, kind) SELECT $2, 'Jeton', 'EDITOR', o.id, 'API_CLIENT' FROM o RETURNING id, organisation_id)
           INSERT INTO api_token (client_id, organisation_id, name, token_hash, token_hint, scopes, created_by, expires_at)
           SELECT c.id, c.organisation_id, 'Jeton', $3, 'pnq_…', ARRAY['READ'], (SELECT id FROM app_user WHERE email = 'admin@pnq.local'), now() + interval '1 day' FROM c
           RETURNING id`,
          [key, `api-${unique()}@tokens.pnq.invalid`, sha256(unique())],
        );
        return id;
      },
    };
  });
  afterAll(() => testApp.close());

  it('has a rule for every mutation the schema offers, and none for a mutation that does not exist', async () => {
    const { data } = await testApp.graphql<{ __schema: { mutationType: { fields: { name: string }[] } } }>('{ __schema { mutationType { fields { name } } } }');
    const offered = data!.__schema.mutationType.fields.map((f) => f.name).sort();
    const missing = offered.filter((name) => !(name in RULES));
    const stale = Object.keys(RULES).filter((name) => !offered.includes(name));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  const cases = Object.entries(RULES).flatMap(([mutation, rule]) =>
    ACTORS.flatMap((actor) =>
      TARGETS.map((target) => {
        const verdict = actor === 'ANONYMOUS' ? rule.allow.ANONYMOUS : rule.allow[actor][target];
        return { mutation, actor, target, verdict };
      }),
    ),
  );

  it.each(cases)('$mutation by $actor on $target organisation: $verdict', async ({ mutation, actor, target, verdict }) => {
    const client: GraphqlClient = actor === 'ANONYMOUS' ? testApp : await testApp.signIn(EMAILS[actor]);
    const auditBefore = await queryDatabase<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM audit_event');
    const response = await RULES[mutation].send(client, target, world);
    if (verdict === 'allow') {
      expect(response.errors).toBeUndefined();
    } else {
      expect(response.errors?.[0]?.extensions?.code).toBe(actor === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      const auditAfter = await queryDatabase<{ n: number }>(testApp.databaseUrl, 'SELECT count(*)::int AS n FROM audit_event');
      expect(auditAfter).toEqual(auditBefore); // a refused mutation changed nothing worth auditing
    }
  });
});
