import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesSentence } from '../src/modules/meeting-pack/meeting-pack-document';
import { docxParts, download, pdfPages } from './support/documents';
import { PDF_BYTES, postEvidence } from './support/evidence-client';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/**
 * A steering session's documents (issue 18): the meeting pack in PDF and Word and the minutes in Word, built as jobs by
 * the report machinery; their text read back as a reader would.
 */
interface Job {
  id: string;
  state: string;
  downloadUrl: string | null;
  error: { code: string; message: string } | null;
}
const REQUEST =
  'mutation ($id: ID!, $d: SessionDocument!) { requestSessionDocument(sessionId: $id, document: $d) { id state downloadUrl error { code message } } }';
const RECORD_SESSION = 'mutation ($i: RecordSessionInput!) { recordSteeringSession(input: $i) { id since } }';
const RECORD_DECISION = 'mutation ($i: RecordDecisionInput!) { recordSteeringDecision(input: $i) { id } }';
const UPDATE = 'mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }';

/** Pdf.js cuts words where glyph runs change, Word splits runs: compare texts without any spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('a session’s meeting pack and minutes', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let imanor: SignedInClient;
  let viewer: SignedInClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, imanor, viewer] = await Promise.all(['admin@pnq.local', 'imanor@pnq.local', 'viewer@pnq.local'].map((e) => testApp.signIn(e)));
  });
  afterAll(() => testApp.close());

  async function generate(client: SignedInClient, sessionId: string, document: string): Promise<Buffer> {
    const asked = await client.graphql<{ requestSessionDocument: Job }>(REQUEST, { id: sessionId, d: document });
    expect(asked.errors).toBeUndefined();
    for (;;) {
      const { data } = await client.graphql<{ job: Job }>('query ($id: ID!) { job(id: $id) { id state downloadUrl error { code message } } }', {
        id: asked.data!.requestSessionDocument.id,
      });
      expect(data!.job.error).toBeNull();
      if (data!.job.state === 'DONE') {
        const file = await download(`${testApp.baseUrl}${data!.job.downloadUrl}`, client.cookie);
        expect(file.status).toBe(200);
        return file.body;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function record<T>(client: SignedInClient, query: string, i: Record<string, unknown>): Promise<T> {
    const response = await client.graphql<T>(query, { i });
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  let first: string;
  let second: string;
  const DECISION = 'Relancer les laboratoires pour qu’ils rejoignent les commissions de normalisation.';
  const COMMENT = 'Bloquée : le budget de la refonte n’est pas encore engagé.';
  const JUSTIFICATION = 'Le décret d’homologation est attendu pour 2027 : échéance à reporter.';

  beforeAll(async () => {
    first = (
      await record<{ recordSteeringSession: { id: string } }>(admin, RECORD_SESSION, {
        body: 'CSNCA_PLENARY',
        heldOn: '2026-02-10',
        place: 'Rabat, ministère de l’Industrie et du Commerce',
        agenda: ['Ouverture', 'Avancement du PNQ'],
        attendingOrganisationKeys: ['imanor', 'semac'],
      })
    ).recordSteeringSession.id;
    await record(admin, RECORD_DECISION, { sessionId: first, text: DECISION, dueDate: '2026-03-31', responsibleOrganisationKey: 'imanor' });
    await record(imanor, UPDATE, { ref: '1-2.3.2', status: 'BLOCKED', progress: 10, comment: COMMENT, effectiveDate: '2026-03-01', expectedVersion: 0 });
    // A later update by the secretariat: the pack still quotes the owner's own words.
    await record(admin, UPDATE, {
      ref: '1-2.3.2',
      status: 'BLOCKED',
      progress: 10,
      comment: 'Relancé par le secrétariat.',
      effectiveDate: '2026-03-10',
      expectedVersion: 1,
    });
    await record(imanor, UPDATE, {
      ref: '1-2.1.2',
      status: 'COMPLETED',
      progress: 100,
      comment: 'Norme adoptée.',
      effectiveDate: '2026-03-05',
      expectedVersion: 0,
    });
    await record(imanor, 'mutation ($i: RequestRevisionInput!) { requestRevision(input: $i) { id } }', {
      ref: '1-2.2.3',
      kind: 'DEADLINE',
      dueDate: '2027-06-30',
      justification: JUSTIFICATION,
      expectedDefinitionVersion: 0,
    });
    const next = await record<{ recordSteeringSession: { id: string; since: string } }>(admin, RECORD_SESSION, {
      body: 'CSNCA_PLENARY',
      heldOn: '2026-04-15',
      place: 'Rabat',
      agenda: ['Suivi des décisions', 'Demandes de révision'],
      attendingOrganisationKeys: ['imanor'],
    });
    second = next.recordSteeringSession.id;
    expect(next.recordSteeringSession.since).toBe('2026-02-10');
  });

  it('generates the pack in PDF and Word: exceptions with their owner’s own latest comment, pending revision requests, the follow-up of an earlier decision, and the compare view’s figures', async () => {
    const changes = await viewer.graphql<{
      planChanges: {
        total: { label: string; completed: number; newlyOverdue: number; newlyAtRisk: number; statusMoved: number; progressMoved: number };
        revisionsApproved: unknown[];
        indicatorValues: unknown[];
      };
    }>(
      `query { planChanges(from: "2026-02-10", to: "2026-04-15") {
        total { label completed newlyOverdue newlyAtRisk statusMoved progressMoved } revisionsApproved { id } indicatorValues { indicatorId } } }`,
    );
    expect(changes.errors).toBeUndefined();
    const { total, revisionsApproved, indicatorValues } = changes.data!.planChanges;
    expect(total.completed).toBeGreaterThan(0);
    const figures = changesSentence('2026-02-10', total, revisionsApproved.length, indicatorValues.length);

    const pdf = await pdfPages(await generate(viewer, second, 'MEETING_PACK_PDF'));
    const docx = (await docxParts(await generate(viewer, second, 'MEETING_PACK_DOCX'))).text;
    for (const text of [pdf.join(' '), docx].map(squeeze)) {
      expect(text).toContain(squeeze('Dossier de séance'));
      expect(text).toContain(squeeze('2. Demandes de révision')); // the agenda
      expect(text).toContain(squeeze(figures));
      // Exceptions: the blocked action with its owner's latest comment; an overdue one with its days late, health in words.
      expect(text).toContain(squeeze('1-2.3.2'));
      expect(text).toContain(squeeze('— bloquée'));
      expect(text).toContain(squeeze(COMMENT));
      expect(text).not.toContain(squeeze('Relancé par le secrétariat.'));
      expect(text).toContain(squeeze('1-2.2.3'));
      expect(text).toContain(squeeze('En retard'));
      // The revision request awaiting a decision.
      expect(text).toContain(squeeze(JUSTIFICATION));
      expect(text).toContain(squeeze('Nouvelle échéance : 30 juin 2027'));
      // The first session's decision, overdue since 31 March: 15 days on 15 April.
      expect(text).toContain(squeeze(DECISION));
      expect(text).toContain(squeeze('En retard (15 j)'));
    }
    expect(pdf.length).toBeGreaterThan(2);
  });

  it('shows how many evidence files each exception has on the session’s date: later and withdrawn ones left out', async () => {
    // Four files on the blocked action 1-2.3.2, dated around the session of 15 April 2026 (the dates set as if entered then).
    const dated: [string, string | null][] = [
      ['2026-03-02 10:00+01', null], // counted
      ['2026-03-03 10:00+01', '2026-03-20 10:00+01'], // withdrawn before the session: not counted
      ['2026-03-04 10:00+01', '2026-05-01 10:00+01'], // withdrawn after it: still counted on 15 April
      ['2026-04-16 00:30+01', null], // entered the day after the session (Casablanca): not counted
    ];
    for (const [index, [enteredAt, withdrawnAt]] of dated.entries()) {
      const { status, body } = await postEvidence(testApp.baseUrl, imanor.cookie, '1-2.3.2', `preuve-${index}.pdf`, PDF_BYTES);
      expect(status).toBe(201);
      await queryDatabase(testApp.databaseUrl, 'UPDATE evidence_file SET entered_at = $2 WHERE id = $1', [body.id, enteredAt]);
      if (withdrawnAt === null) continue;
      const withdrawn = await imanor.graphql('mutation ($i: WithdrawEvidenceFileInput!) { withdrawEvidenceFile(input: $i) { id } }', {
        i: { id: body.id, reason: 'Remplacée' },
      });
      expect(withdrawn.errors).toBeUndefined();
      await queryDatabase(testApp.databaseUrl, 'UPDATE evidence_file_withdrawal SET withdrawn_at = $2 WHERE file_id = $1', [body.id, withdrawnAt]);
    }
    const docx = squeeze((await docxParts(await generate(viewer, second, 'MEETING_PACK_DOCX'))).text);
    const pdf = squeeze((await pdfPages(await generate(viewer, second, 'MEETING_PACK_PDF'))).join(' '));
    for (const text of [docx, pdf]) {
      expect(text).toContain(squeeze('Pièces justificatives'));
      // The blocked action's row ends with its owner's comment, then its files.
      expect(text).toContain(`${squeeze(COMMENT)}2pièces`);
      expect(text).toContain(squeeze('Jamais — Aucune')); // an overdue action never updated, without files
    }
  });

  it('exports the minutes as an editable Word document: attendance and decisions', async () => {
    const { text, files } = await docxParts(await generate(admin, first, 'MINUTES_DOCX'));
    expect(files).toContain('word/document.xml');
    const squeezed = squeeze(text);
    expect(squeezed).toContain(squeeze('Procès-verbal de séance'));
    expect(squeezed).toContain(squeeze('CSNCA — séance plénière — séance du 10 février 2026'));
    expect(squeezed).toContain('IMANOR');
    expect(squeezed).toContain('SEMAC');
    expect(squeezed).toContain(squeeze('Représentée par (à compléter)'));
    expect(squeezed).toContain(squeeze(DECISION));
    expect(squeezed).toContain(squeeze('Responsable : IMANOR — échéance : 31 mars 2026'));
  });

  it('says so when the session does not exist', async () => {
    const response = await viewer.graphql(REQUEST, { id: '999999', d: 'MINUTES_DOCX' });
    expect(response.errors?.[0]?.extensions?.code).toBe('STEERING_SESSION_NOT_FOUND');
  });
});
