import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedBundle } from '../src/modules/seed/seed-files';
import { SeedService } from '../src/modules/seed/seed.service';
import { SEED_DIR } from './support/seed-source';
import { GraphqlClient, signIn, startTestApp, TestApp } from './support/test-app';
import { inviteAccount } from './support/accounts';
import { queryDatabase } from './support/test-database';

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('comments and the secretariat’s administration', () => {
  let testApp: TestApp;
  let admin: GraphqlClient;
  let imanor: GraphqlClient;
  let viewer: GraphqlClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, imanor, viewer] = await Promise.all(['admin@pnq.local', 'imanor@pnq.local', 'viewer@pnq.local'].map((e) => testApp.signIn(e)));
  });
  afterAll(() => testApp.close());

  describe('comments with evidence', () => {
    const COMMENT =
      'mutation ($input: AddActionCommentInput!) { addActionComment(input: $input) { ref comments { comment evidenceUrls author { name organisation { key } } } } }';

    it('lets a partner organisation’s editor comment (IMANOR partners 3-1.1.1) without changing the status', async () => {
      const response = await imanor.graphql<{ addActionComment: { comments: unknown[] } }>(COMMENT, {
        input: { ref: '3-1.1.1', comment: 'Avis technique transmis', evidenceUrls: ['https://example.org/avis.pdf'] },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.addActionComment.comments).toEqual([
        {
          comment: 'Avis technique transmis',
          evidenceUrls: ['https://example.org/avis.pdf'],
          author: { name: 'Éditeur IMANOR (démo)', organisation: { key: 'imanor' } },
        },
      ]);
      const { data } = await viewer.graphql<{ action: { version: number } }>('{ action(ref: "3-1.1.1") { version } }');
      expect(data!.action.version).toBe(0);
    });

    it('refuses a comment from an organisation neither owner nor partner, and from a viewer', async () => {
      expect(codeOf(await imanor.graphql(COMMENT, { input: { ref: '4-2.1.1', comment: 'Hors périmètre' } }))).toBe('FORBIDDEN');
      expect(codeOf(await viewer.graphql(COMMENT, { input: { ref: '3-1.1.1', comment: 'Lecture seule' } }))).toBe('FORBIDDEN');
    });
  });

  describe('accounts', () => {
    const INVITE_EDITOR = 'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { email role organisation { key } expired } }';
    const PASSWORD = 'lanterne-orage-cedre-2035';

    it('lets an admin invite an editor who sets a password, then signs in and updates their organisation’s action', async () => {
      const editor = await inviteAccount(
        testApp.baseUrl,
        testApp.databaseUrl,
        admin,
        { email: 'Point.Focal@Semac.ma', name: 'Point focal SEMAC', role: 'EDITOR', organisationKey: 'semac' },
        PASSWORD,
      );
      expect((await editor.graphql<{ me: unknown }>('{ me { email role active organisation { key } } }')).data!.me).toEqual({
        email: 'point.focal@semac.ma',
        role: 'EDITOR',
        active: true,
        organisation: { key: 'semac' },
      });
      await signIn(testApp.baseUrl, 'point.focal@semac.ma', PASSWORD);
      const update = await editor.graphql(
        'mutation { updateActionStatus(input: { ref: "4-2.1.1", status: IN_PROGRESS, progress: 25, comment: "Lancé", effectiveDate: "2025-05-01", expectedVersion: 0 }) { version } }',
      );
      expect(update.errors).toBeUndefined();
    });

    it.each([
      [{ email: 'point.focal@semac.ma', name: 'Doublon', role: 'VIEWER' }, 'EMAIL_TAKEN'],
      [{ email: 'x@pnq.ma', name: 'Sans organisation', role: 'EDITOR' }, 'EDITOR_NEEDS_ORGANISATION'],
      [{ email: 'y@pnq.ma', name: 'Organisation inconnue', role: 'EDITOR', organisationKey: 'nope' }, 'ORGANISATION_NOT_FOUND'],
      [{ email: 'pas-une-adresse', name: 'Adresse', role: 'VIEWER' }, 'BAD_USER_INPUT'],
    ])('refuses to invite %j with %s', async (input, code) => {
      expect(codeOf(await admin.graphql(INVITE_EDITOR, { i: { language: 'fr', ...input } }))).toBe(code);
    });

    it('refuses account administration to anyone but an admin', async () => {
      expect(codeOf(await imanor.graphql('{ users { email } }'))).toBe('FORBIDDEN');
      expect(codeOf(await imanor.graphql(INVITE_EDITOR, { i: { email: 'a@b.ma', name: 'Intrus', role: 'ADMIN', language: 'fr' } }))).toBe('FORBIDDEN');
    });

    it('deactivates an account: its session stops working at once', async () => {
      const editor = await signIn(testApp.baseUrl, 'point.focal@semac.ma', PASSWORD);
      const response = await admin.graphql('mutation { updateUser(input: { email: "point.focal@semac.ma", active: false }) { active } }');
      expect(response.data).toEqual({ updateUser: { active: false } });
      expect(codeOf(await editor.graphql('{ pillars { number } }'))).toBe('UNAUTHENTICATED');
    });

    it('never removes the last active admin', async () => {
      expect(codeOf(await admin.graphql('mutation { updateUser(input: { email: "admin@pnq.local", role: VIEWER }) { role } }'))).toBe('LAST_ADMIN');
    });
  });

  describe('plan structure', () => {
    const EDIT = `mutation ($input: UpdateActionDefinitionInput!) { updateActionDefinition(input: $input) {
      ref deadline { raw kind year endYear dueDate } weight owners { key } partners { key } } }`;

    it('lets an admin fix a TBD deadline and the owners, audited, and the seed then leaves the action alone', async () => {
      const response = await admin.graphql<{ updateActionDefinition: Record<string, unknown> }>(EDIT, {
        input: { ref: '1-1.1.1', deadline: '2027', weight: 2, ownerKeys: ['mic', 'imanor'] },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateActionDefinition).toMatchObject({
        deadline: { raw: '2027', kind: 'YEAR', year: 2027, endYear: null, dueDate: '2027-12-31' },
        weight: 2,
        owners: [{ key: 'mic' }, { key: 'imanor' }],
      });
      await testApp.app.get(SeedService).apply(readSeedBundle(SEED_DIR));
      const [row] = await queryDatabase<{ deadline_raw: string }>(testApp.databaseUrl, `SELECT deadline_raw FROM action WHERE ref = '1-1.1.1'`);
      expect(row.deadline_raw).toBe('2027');
      const audit = await admin.graphql<{ auditEvents: { before: { deadline: string | null }; after: { deadline: string } }[] }>(
        '{ auditEvents(entity: "action", entityKey: "1-1.1.1", limit: 1) { before after } }',
      );
      expect(audit.data!.auditEvents[0]).toMatchObject({ before: { deadline: null }, after: { deadline: '2027' } });
    });

    it('refuses an unknown organisation key and any editor', async () => {
      expect(codeOf(await admin.graphql(EDIT, { input: { ref: '1-1.1.1', ownerKeys: ['nope'] } }))).toBe('ORGANISATION_NOT_FOUND');
      expect(codeOf(await imanor.graphql(EDIT, { input: { ref: '1-2.1.1', deadline: '2030' } }))).toBe('FORBIDDEN');
    });
  });

  describe('organisations', () => {
    it('merges a duplicate: its actions, aliases and accounts move to the organisation kept', async () => {
      const created = await admin.graphql(
        'mutation { createOrganisation(input: { key: "imanor-bis", name: "Institut Marocain de Normalisation (doublon)", kind: PUBLIC_BODY }) { key } }',
      );
      expect(created.errors).toBeUndefined();
      await admin.graphql('mutation { updateActionDefinition(input: { ref: "5-2.1.1", partnerKeys: ["imanor-bis"] }) { ref } }');
      const before = await viewer.graphql<{ organisation: { ownedActionCount: number; partnerActionCount: number } }>(
        '{ organisation(key: "imanor") { ownedActionCount partnerActionCount } }',
      );
      const merged = await admin.graphql('mutation { mergeOrganisations(input: { duplicateKey: "imanor-bis", keepKey: "imanor" }) { key } }');
      expect(merged.errors).toBeUndefined();
      const after = await viewer.graphql<{ organisation: { ownedActionCount: number; partnerActionCount: number } }>(
        '{ organisation(key: "imanor") { ownedActionCount partnerActionCount } }',
      );
      const alreadyPartner = (
        await queryDatabase(
          testApp.databaseUrl,
          `SELECT 1 FROM action_organisation ao JOIN action a ON a.id = ao.action_id JOIN organisation o ON o.id = ao.organisation_id WHERE a.ref = '5-2.1.1' AND o.key = 'imanor' AND ao.role = 'PARTNER'`,
        )
      ).length;
      expect(alreadyPartner).toBe(1);
      expect(after.data!.organisation.ownedActionCount).toBe(before.data!.organisation.ownedActionCount);
      expect(after.data!.organisation.partnerActionCount).toBeGreaterThanOrEqual(before.data!.organisation.partnerActionCount);
      expect((await viewer.graphql<{ organisation: null }>('{ organisation(key: "imanor-bis") { key } }')).data!.organisation).toBeNull();
      expect(codeOf(await admin.graphql('mutation { mergeOrganisations(input: { duplicateKey: "imanor", keepKey: "imanor" }) { key } }'))).toBe(
        'MERGE_SAME_ORGANISATION',
      );
      expect(codeOf(await imanor.graphql('mutation { mergeOrganisations(input: { duplicateKey: "cgem", keepKey: "imanor" }) { key } }'))).toBe('FORBIDDEN');
    });
  });

  it('expires a session after its time: an expired cookie is refused', async () => {
    const client = await testApp.signIn('viewer@pnq.local');
    await queryDatabase(
      testApp.databaseUrl,
      `UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM app_user WHERE email = 'viewer@pnq.local')`,
    );
    expect(codeOf(await client.graphql('{ pillars { number } }'))).toBe('UNAUTHENTICATED');
  });
});
