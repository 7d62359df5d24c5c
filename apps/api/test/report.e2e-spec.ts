import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, download, pdfPages } from './support/documents';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { version } }`;
const percent = (value: number | null) => (value === null ? '—' : `${new Intl.NumberFormat('fr-MA', { maximumFractionDigits: 1 }).format(value)} %`);

interface Counts {
  actions: number;
  progress: number | null;
  completed: number;
  inProgress: number;
  overdue: number;
  atRisk: number;
}
interface DashboardData {
  dashboard: { totals: Counts; byPillar: (Counts & { number: number; name: string })[]; byOrganisation: (Counts & { acronym: string | null; name: string })[]; overdueActions: { ref: string; daysLate: number }[] };
  previous: { totals: Counts };
}
const COUNTS = 'actions progress completed inProgress overdue atRisk';
const DASHBOARD = `query ($asOf: CalendarDate!, $previous: CalendarDate!) {
  dashboard(asOf: $asOf) { totals { ${COUNTS} } byPillar { number name ${COUNTS} } byOrganisation { acronym name ${COUNTS} } overdueActions { ref daysLate } }
  previous: dashboard(asOf: $previous) { totals { ${COUNTS} } } }`;

describe('the yearly progress report', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let api: DashboardData;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await testApp.signIn('admin@pnq.local');
    const updates = [
      { ref: '1-2.1.1', status: 'IN_PROGRESS', progress: 40, comment: 'Stratégie soumise — étude préalable', effectiveDate: '2024-06-30', expectedVersion: 0 },
      { ref: '1-2.1.1', status: 'COMPLETED', progress: 100, comment: 'Stratégie adoptée en comité', effectiveDate: '2025-03-31', expectedVersion: 1 },
      { ref: '3-1.1.1', status: 'IN_PROGRESS', progress: 55, comment: 'Décret en circuit de signature', effectiveDate: '2025-09-15', expectedVersion: 0 },
      { ref: '2-1.1.1', status: 'BLOCKED', progress: 20, comment: 'Budget non alloué', effectiveDate: '2025-05-02', expectedVersion: 0 },
    ];
    for (const input of updates) {
      const response = await admin.graphql(UPDATE, { input });
      expect(response.errors).toBeUndefined();
    }
    api = (await admin.graphql<DashboardData>(DASHBOARD, { asOf: '2025-12-31', previous: '2024-12-31' })).data!;
  });
  afterAll(async () => {
    console.info(`report generation for the whole plan: ${JSON.stringify(timings)}`);
    await testApp.close();
  });

  async function generate(format: 'pdf' | 'docx', query = 'year=2025') {
    const started = performance.now();
    const response = await download(`${testApp.baseUrl}/reports/annual?${query}&format=${format}`, admin.cookie);
    timings[format] = Math.round(performance.now() - started);
    return response;
  }

  it('gives the PDF with the dashboard’s figures for 31 December 2025', async () => {
    const response = await generate('pdf');
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/pdf');
    expect(response.disposition).toContain('rapport-annuel-pnq-2025.pdf');
    const pages = await pdfPages(response.body);
    timings.pdfPages = pages.length;
    const text = pages.join('\n');
    expect(pages[0]).toContain('Rapport annuel d’avancement de la Politique Nationale de la Qualité — année 2025');
    expect(pages[0]).toContain('Situation au 31 décembre 2025');
    const { totals } = api.dashboard;
    expect(text).toContain(`l’avancement moyen pondéré du plan d’action est de ${percent(totals.progress)} (${percent(api.previous.totals.progress)} au 31 décembre 2024)`);
    expect(text).toContain(`Sur ${totals.actions} actions, ${totals.completed} sont terminées, ${totals.inProgress} en cours`);
    expect(text).toContain(`Actions en retard ${api.previous.totals.overdue} ${totals.overdue}`);
    for (const pillar of api.dashboard.byPillar) {
      expect(text).toContain(`${pillar.number}. ${pillar.name} ${pillar.actions} ${percent(pillar.progress)} ${pillar.completed} ${pillar.inProgress} ${pillar.overdue} ${pillar.atRisk}`);
    }
    const organisation = api.dashboard.byOrganisation[0];
    expect(text).toContain(`${organisation.actions} ${percent(organisation.progress)} ${organisation.completed} ${organisation.inProgress} ${organisation.overdue} ${organisation.atRisk}`);
    expect(text).toMatch(/Actions terminées en 2025 \(1\) Réf\. Action Responsable 1-2\.1\.1/);
    const late = api.dashboard.overdueActions[0];
    expect(text).toContain(late.ref);
    expect(text).toContain('Actions à échéance en 2026');
    expect(text).toContain('Annexe — Toutes les actions');
    expect(text).toContain('Infrastructure nationale de la qualité');
    expect(text).toMatch(/page 2 \/ \d+/);
  });

  it('gives the same text twice for the same data and date', async () => {
    const [first, second] = await Promise.all([generate('pdf', 'asOf=2025-06-30'), generate('pdf', 'asOf=2025-06-30')]);
    expect(first.disposition).toContain('rapport-annuel-pnq-2025-06-30.pdf');
    const [pagesA, pagesB] = [await pdfPages(first.body), await pdfPages(second.body)];
    expect(pagesA.length).toBeGreaterThan(10);
    expect(pagesA.join('\n') === pagesB.join('\n')).toBe(true);
    const [a, b] = await Promise.all([generate('docx', 'asOf=2025-06-30'), generate('docx', 'asOf=2025-06-30')]);
    const [partsA, partsB] = [await docxParts(a.body), await docxParts(b.body)];
    expect(partsA.text.length).toBeGreaterThan(10_000);
    expect(partsA.text === partsB.text).toBe(true);
    // The whole body too, but for the drawing ids docx numbers per process (<wp:docPr id="…">).
    const body = (xml: string) => xml.replace(/<wp:docPr id="\d+"/g, '<wp:docPr');
    expect(body(partsA.xml) === body(partsB.xml)).toBe(true);
  });

  it('gives an editable Word document with the same figures, real chart images and Roboto embedded', async () => {
    const response = await generate('docx');
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { files, text } = await docxParts(response.body);
    expect(files.filter((f) => /^word\/media\/.+\.png$/.test(f))).toHaveLength(2);
    expect(files.filter((f) => /^word\/media\/.+\.svg$/.test(f))).toHaveLength(2);
    expect(files.some((f) => f.startsWith('word/fonts/'))).toBe(true);
    const { totals } = api.dashboard;
    expect(text).toContain('Rapport annuel d’avancement de la Politique Nationale de la Qualité — année 2025');
    expect(text).toContain(`l’avancement moyen pondéré du plan d’action est de ${percent(totals.progress)}`);
    const lines = text.split('\n');
    for (const pillar of api.dashboard.byPillar) {
      const at = lines.indexOf(`${pillar.number}. ${pillar.name}`);
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at + 1, at + 7)).toEqual([String(pillar.actions), percent(pillar.progress), String(pillar.completed), String(pillar.inProgress), String(pillar.overdue), String(pillar.atRisk)]);
    }
    expect(text).toContain('Actions terminées en 2025 (1)');
  });

  it('refuses an anonymous download and a report without a year or with a bad date, with a coded error', async () => {
    const anonymous = await download(`${testApp.baseUrl}/reports/annual?year=2025&format=pdf`);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const [query, code] of [
      ['format=pdf', 'INVALID_REPORT_DATE'],
      ['asOf=2025-02-30&format=pdf', 'INVALID_REPORT_DATE'],
      ['year=2025&asOf=2024-06-30&format=pdf', 'INVALID_REPORT_DATE'],
      ['year=2025&format=odt', 'BAD_USER_INPUT'],
    ]) {
      const response = await download(`${testApp.baseUrl}/reports/annual?${query}`, admin.cookie);
      expect(response.status, query).toBe(400);
      expect(JSON.parse(response.body.toString()).code, query).toBe(code);
    }
  });
});
