import type { IndicatorRollUp } from '@pnq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, download, pdfPages } from './support/documents';
import { SignedInClient, startTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation ($input: UpdateActionStatusInput!) { updateActionStatus(input: $input) { version } }`;
const RECORD = `mutation ($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { version } }`;
const number = (value: number) => new Intl.NumberFormat('fr-MA', { maximumFractionDigits: 1 }).format(value).replace(/\u202f|\u00a0/g, ' ');
const percent = (value: number | null) => (value === null ? '—' : `${number(value)} %`);

interface Counts {
  actions: number;
  progress: number | null;
  completed: number;
  inProgress: number;
  overdue: number;
  atRisk: number;
}
type IndicatorCounts = IndicatorRollUp;
const indicatorCells = (c: IndicatorCounts) => [c.indicators, c.onTrack, c.achieved, c.behind, c.notAchieved, c.noData, c.noTarget].map(String);
interface ServedIndicator {
  id: string;
  kind: string;
  target: number | null;
  version: number;
  evaluation: { status: string; latestValue: number | null; percentOfTarget: number | null; expectedValue: number | null };
}
interface DashboardData {
  dashboard: {
    indicatorTotals: IndicatorCounts;
    totals: Counts;
    byPillar: (Counts & { number: number; name: string; indicators: IndicatorCounts })[];
    byOrganisation: (Counts & { acronym: string | null; name: string })[];
    overdueActions: { ref: string; daysLate: number }[];
  };
  previous: { totals: Counts; indicatorTotals: IndicatorCounts };
}
const COUNTS = 'actions progress completed inProgress overdue atRisk';
const INDICATOR_COUNTS = 'indicators onTrack achieved behind notAchieved noData noTarget';
const DASHBOARD = `query ($asOf: CalendarDate!, $previous: CalendarDate!) {
  dashboard(asOf: $asOf) { totals { ${COUNTS} } indicatorTotals { ${INDICATOR_COUNTS} }
    byPillar { number name ${COUNTS} indicators { ${INDICATOR_COUNTS} } } byOrganisation { acronym name ${COUNTS} } overdueActions { ref daysLate } }
  previous: dashboard(asOf: $previous) { totals { ${COUNTS} } indicatorTotals { ${INDICATOR_COUNTS} } } }`;
const INDICATORS = `query ($ref: String!, $asOf: CalendarDate) { action(ref: $ref) { indicators { id kind target version
  evaluation(asOf: $asOf) { status latestValue percentOfTarget expectedValue } } } }`;

describe('the yearly progress report', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let api: DashboardData;
  /** 5-1.2.1#1 « 1000 entités sensibilisées et formées (2023 – 2035) » on 31 December 2025, as the API evaluates it. */
  let entities: ServedIndicator;
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
    // IMANOR's editor records indicator values of its actions, with explicit dates.
    const imanor = await testApp.signIn('imanor@pnq.local');
    const indicatorsOf = async (ref: string) => {
      const response = await imanor.graphql<{ action: { indicators: ServedIndicator[] } }>(INDICATORS, { ref, asOf: '2025-12-31' });
      expect(response.errors).toBeUndefined();
      return response.data!.action.indicators;
    };
    const record = async (indicator: ServedIndicator, values: Record<string, unknown>[]) => {
      for (const [index, value] of values.entries()) {
        const response = await imanor.graphql(RECORD, {
          input: { indicatorId: Number(indicator.id), expectedVersion: indicator.version + index, comment: 'Bilan', ...value },
        });
        expect(response.errors).toBeUndefined();
      }
    };
    const [[entitiesIndicator], guides, strategies] = await Promise.all(['5-1.2.1', '2-6.1.4', '1-2.1.2'].map(indicatorsOf));
    await record(entitiesIndicator, [
      { date: '2025-06-30', value: 150 },
      { date: '2025-11-30', value: 240 },
    ]);
    await record(
      guides.find((i) => i.target !== null)!,
      [{ date: '2025-09-30', value: 1 }],
    );
    await record(
      strategies.find((i) => i.kind === 'MILESTONE')!,
      [{ date: '2025-10-15', achieved: true }],
    );
    [entities] = await indicatorsOf('5-1.2.1');
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

  /** The report for 2025 in each format, generated once and read by several tests. */
  const yearly = new Map<'pdf' | 'docx', ReturnType<typeof generate>>();
  const report2025 = (format: 'pdf' | 'docx') => yearly.get(format) ?? yearly.set(format, generate(format)).get(format)!;

  it('gives the PDF with the dashboard’s figures for 31 December 2025', async () => {
    const response = await report2025('pdf');
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/pdf');
    expect(response.disposition).toContain('rapport-annuel-pnq-2025.pdf');
    const pages = await pdfPages(response.body);
    timings.pdfPages = pages.length;
    const text = pages.join('\n');
    expect(pages[0]).toContain('Rapport annuel d’avancement de la Politique Nationale de la Qualité — année 2025');
    expect(pages[0]).toContain('Situation au 31 décembre 2025');
    const { totals } = api.dashboard;
    expect(text).toContain(
      `l’avancement moyen pondéré du plan d’action est de ${percent(totals.progress)} (${percent(api.previous.totals.progress)} au 31 décembre 2024)`,
    );
    expect(text).toContain(`Sur ${totals.actions} actions, ${totals.completed} sont terminées, ${totals.inProgress} en cours`);
    expect(text).toContain(`Actions en retard ${api.previous.totals.overdue} ${totals.overdue}`);
    for (const pillar of api.dashboard.byPillar) {
      expect(text).toContain(
        `${pillar.number}. ${pillar.name} ${pillar.actions} ${percent(pillar.progress)} ${pillar.completed} ${pillar.inProgress} ${pillar.overdue} ${pillar.atRisk}`,
      );
    }
    const organisation = api.dashboard.byOrganisation[0];
    expect(text).toContain(
      `${organisation.actions} ${percent(organisation.progress)} ${organisation.completed} ${organisation.inProgress} ${organisation.overdue} ${organisation.atRisk}`,
    );
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
    const response = await report2025('docx');
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
      expect(lines.slice(at + 1, at + 7)).toEqual([
        String(pillar.actions),
        percent(pillar.progress),
        String(pillar.completed),
        String(pillar.inProgress),
        String(pillar.overdue),
        String(pillar.atRisk),
      ]);
    }
    expect(text).toContain('Actions terminées en 2025 (1)');
  });

  describe('indicators', () => {
    const pillarRow = (pillar: DashboardData['dashboard']['byPillar'][number]) => [`${pillar.number}. ${pillar.name}`, ...indicatorCells(pillar.indicators)];
    /** 5-1.2.1#1's row: unit, baseline, target (year), latest value (its date), % of target, expected value, status. */
    const entitiesCells = () => [
      'entités',
      '0',
      `${number(1000)} (2035)`,
      '240 (30 novembre 2025)',
      '24 %',
      number(entities.evaluation.expectedValue!),
      'Sur la trajectoire',
    ];

    it('evaluates the recorded values as the report will show them', () => {
      expect(entities.evaluation).toMatchObject({ status: 'ON_TRACK', latestValue: 240, percentOfTarget: 24, expectedValue: 230.7 });
      expect(api.dashboard.byPillar.find((p) => p.number === 5)!.indicators.onTrack).toBeGreaterThan(0);
      expect(api.dashboard.byPillar.find((p) => p.number === 2)!.indicators.behind).toBeGreaterThan(0);
    });

    it('shows in the PDF the dashboard’s indicators on track per pillar, the recorded value against its target and the milestone achieved in 2025', async () => {
      const text = (await pdfPages((await report2025('pdf')).body)).join('\n');
      const { indicatorTotals } = api.dashboard;
      expect(text).toContain(
        `${indicatorTotals.onTrack} des ${indicatorTotals.indicators} indicateurs de résultat des actions sont sur la bonne voie (${api.previous.indicatorTotals.onTrack} au 31 décembre 2024)`,
      );
      expect(text).toContain(`Indicateurs de résultat sur la bonne voie ${api.previous.indicatorTotals.onTrack} ${indicatorTotals.onTrack}`);
      for (const pillar of api.dashboard.byPillar) expect(text).toContain(pillarRow(pillar).join(' '));
      expect(text).toContain(['Plan entier', ...indicatorCells(indicatorTotals)].join(' '));
      expect(text).toContain(`5-1.2.1#1 1000 entités sensibilisées et formées (2023 – 2035) ${entitiesCells().join(' ')}`);
      expect(text).toMatch(/2-6\.1\.4#1 .{0,200} 1 \(30 septembre 2025\) 50 % 2 En retard sur la trajectoire/);
      expect(text).toMatch(/Jalons atteints en 2025 \(1\) Réf\. Jalon Atteint le 1-2\.1\.2#1 Stratégies sectorielles validées 15 octobre 2025/);
      expect(text).toContain('Infrastructure nationale de la qualité');
      expect(text).toContain(
        `Normes marocaines en vigueur plus de ${number(18000)} normes 31 décembre 2024 plus de ${number(17000)} normes 30 septembre 2023 — IMANOR, bilan 2024 (presse), l. 7 ; PNQ, l. 2029–2030`,
      );
    });

    it('shows the same in the Word document', async () => {
      const lines = (await docxParts((await report2025('docx')).body)).text.split('\n');
      const after = (cell: string, count: number) => {
        const at = lines.lastIndexOf(cell);
        expect(at, cell).toBeGreaterThan(0);
        return lines.slice(at, at + count);
      };
      // Each pillar's row appears twice (action roll-up, then indicators); the indicators table comes last.
      for (const pillar of api.dashboard.byPillar) expect(after(`${pillar.number}. ${pillar.name}`, 8)).toEqual(pillarRow(pillar));
      expect(after('Plan entier', 8)).toEqual(['Plan entier', ...indicatorCells(api.dashboard.indicatorTotals)]);
      expect(after('5-1.2.1#1', 9)).toEqual(['5-1.2.1#1', '1000 entités sensibilisées et formées (2023 – 2035)', ...entitiesCells()]);
      expect(after('1-2.1.2#1', 3)).toEqual(['1-2.1.2#1', 'Stratégies sectorielles validées', '15 octobre 2025']);
      expect(lines).toContain('Jalons atteints en 2025 (1)');
    });
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
      expect(JSON.parse(response.body.toString()), query).toMatchObject({ code });
    }
  });
});
