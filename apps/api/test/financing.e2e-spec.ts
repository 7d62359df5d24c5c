import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, download, pdfPages } from './support/documents';
import { GraphqlClient, GraphqlResponse, SignedInClient, startTestApp, TestApp } from './support/test-app';
import { loadWorkbook, postImport, saveWorkbook } from './support/import-client';
import { queryDatabase } from './support/test-database';

/**
 * The financing of the actions over real PostgreSQL and HTTP (issue 23). The expected totals are computed here, from
 * what the test recorded, with its own exact arithmetic (BigInt centimes, half-up rounding) — not with libs/domain.
 */
const codeOf = (response: GraphqlResponse<unknown>) => response.errors?.[0]?.extensions?.code;

interface YearInput {
  year: number;
  planned?: string;
  committed?: string;
  disbursed?: string;
}
interface LineInput {
  source: 'OWN_BUDGET' | 'COOPERATION';
  currency?: string;
  budgetYear?: number;
  budgetLine?: string;
  partnerKey?: string;
  programme?: string;
  periodStart?: number;
  periodEnd?: number;
  amounts: YearInput[];
}
interface FinancingInput {
  ref: string;
  needsFunding: boolean;
  estimatedCost?: string;
  costCurrency?: string;
  lines: LineInput[];
  effectiveDate?: string;
  comment?: string;
  expectedVersion: number;
}

const RECORD = `mutation ($i: RecordActionFinancingInput!) { recordActionFinancing(input: $i) { ref financingVersion } }`;
const FINANCING_FIELDS = `version effectiveDate needsFunding estimatedCost costCurrency status asOf
  inMad { cost planned secured disbursed gap } ratesUsed { currency date rate } unconverted
  lines { position source currency budgetYear budgetLine programme periodStart periodEnd partner { key } amounts { year planned committed disbursed } totalPlanned totalCommitted }
  author { name }`;
const FIGURES = `actions recorded needed costUnknown planned secured disbursed gap lateAndNotFunded byStatus { status count }`;
const OVERVIEW = `query ($asOf: CalendarDate) { financingOverview(asOf: $asOf) { asOf ratesUsed { currency date rate } unconverted
  totals { ${FIGURES} } byPillar { pillarNumber name figures { ${FIGURES} } } byOrganisation { key figures { ${FIGURES} } }
  byPartner { key actions lines planned committed disbursed } ownBudget { lines planned committed disbursed }
  lateAndNotFunded { ref status daysLate gap owners } } }`;

// ---- the test's own exact arithmetic ----------------------------------------------------------------------------
const centimes = (text: string | undefined): bigint => {
  if (!text) return 0n;
  const [units, cents = ''] = text.replace(/\s/g, '').replace(',', '.').split('.');
  return BigInt(units) * 100n + BigInt(cents.padEnd(2, '0'));
};
const decimal = (value: bigint) => `${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;
/** centimes × rate (decimal text), rounded half up to the centime. */
const convert = (amount: bigint, rate: string): bigint => {
  const [units, fraction = ''] = rate.split('.');
  const micros = BigInt(units) * 1_000_000n + BigInt(fraction.padEnd(6, '0'));
  const product = amount * micros;
  return product / 1_000_000n + (product % 1_000_000n >= 500_000n ? 1n : 0n);
};

const RATES: { currency: 'EUR' | 'USD'; date: string; rate: string }[] = [
  { currency: 'EUR', date: '2025-01-02', rate: '10.812345' },
  { currency: 'EUR', date: '2025-12-15', rate: '10.95' },
  { currency: 'USD', date: '2025-01-02', rate: '9.876543' },
];
const rateOn = (currency: string, asOf: string): string | null =>
  currency === 'MAD' ? '1' : (RATES.filter((r) => r.currency === currency && r.date <= asOf).sort((a, b) => b.date.localeCompare(a.date))[0]?.rate ?? null);

describe('financing of the actions, over real PostgreSQL', () => {
  let testApp: TestApp;
  let admin: SignedInClient;
  let viewer: SignedInClient;
  let imanor: SignedInClient; // owns 1-2.1.1
  let dpcsmq: GraphqlClient; // does not own it
  /** Every accepted record of this file, in order: the oracle's input. */
  const accepted: FinancingInput[] = [];

  const record = async (client: GraphqlClient, input: FinancingInput) => {
    const response = await client.graphql<{ recordActionFinancing: { ref: string; financingVersion: number } }>(RECORD, { i: input });
    if (!response.errors) accepted.push(input);
    return response;
  };
  const versionOf = async (ref: string): Promise<number> =>
    (await admin.graphql<{ action: { financingVersion: number } }>('query ($ref: String!) { action(ref: $ref) { financingVersion } }', { ref })).data!.action
      .financingVersion;
  const financingOf = async (client: GraphqlClient, ref: string, asOf: string) => {
    const response = await client.graphql<{ action: { financing: Record<string, unknown> | null; viewerCanEditFinancing: boolean } }>(
      `query ($ref: String!, $asOf: CalendarDate) { action(ref: $ref) { viewerCanEditFinancing financing(asOf: $asOf) { ${FINANCING_FIELDS} } } }`,
      { ref, asOf },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.action;
  };
  /** The record of each ref in force on a date: latest effective on or before it, the later entry winning a tie. */
  const inForce = (asOf: string): FinancingInput[] => {
    const latest = new Map<string, FinancingInput>();
    for (const input of accepted) {
      const effective = input.effectiveDate!;
      const current = latest.get(input.ref);
      if (effective <= asOf && (!current || effective >= current.effectiveDate!)) latest.set(input.ref, input);
    }
    return [...latest.values()];
  };
  const lineTotal = (line: LineInput, field: 'planned' | 'committed' | 'disbursed') => line.amounts.reduce((sum, year) => sum + centimes(year[field]), 0n);
  const convertedLines = (
    inputs: FinancingInput[],
    asOf: string,
    field: 'planned' | 'committed' | 'disbursed',
    keep: (line: LineInput) => boolean = () => true,
  ) =>
    inputs.reduce(
      (sum, input) => sum + input.lines.filter(keep).reduce((s, line) => s + convert(lineTotal(line, field), rateOn(line.currency ?? 'MAD', asOf)!), 0n),
      0n,
    );

  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, viewer, imanor, dpcsmq] = await Promise.all(
      ['admin@pnq.local', 'viewer@pnq.local', 'imanor@pnq.local', 'dpcsmq@pnq.local'].map((email) => testApp.signIn(email)),
    );
    for (const rate of RATES) {
      const response = await admin.graphql('mutation ($i: RecordReferenceRateInput!) { recordReferenceRate(input: $i) { rate } }', {
        i: { ...rate, source: 'Bank Al-Maghrib, cours de référence' },
      });
      expect(response.errors).toBeUndefined();
    }
    for (const [key, name] of [
      ['ue', 'Union européenne'],
      ['bm', 'Banque mondiale'],
    ]) {
      const response = await admin.graphql('mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { key } }', {
        i: { key, name, kind: 'INTERNATIONAL' },
      });
      expect(response.errors).toBeUndefined();
    }
  });
  afterAll(() => testApp.close());

  const IMANOR_FIRST: FinancingInput = {
    ref: '1-2.1.1',
    needsFunding: true,
    estimatedCost: '1 500 000',
    lines: [
      {
        source: 'OWN_BUDGET',
        currency: 'MAD',
        budgetYear: 2025,
        budgetLine: 'Programme 1040 — normalisation',
        amounts: [{ year: 2025, planned: '600000', committed: '600000', disbursed: '250000.33' }],
      },
      {
        source: 'COOPERATION',
        currency: 'EUR',
        partnerKey: 'ue',
        programme: 'Jumelage infrastructure qualité',
        periodStart: 2025,
        periodEnd: 2027,
        amounts: [
          { year: 2025, planned: '50000.01', committed: '50000.01', disbursed: '10000.07' },
          { year: 2026, planned: '30000' },
        ],
      },
    ],
    effectiveDate: '2025-06-30',
    comment: 'Budget 2025 et jumelage UE',
    expectedVersion: 0,
  };

  describe('an owner records it', () => {
    it('lets IMANOR’s editor record a cost and two funding lines (own budget in MAD, cooperation in EUR) and see the derived status', async () => {
      const response = await record(imanor, IMANOR_FIRST);
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordActionFinancing).toEqual({ ref: '1-2.1.1', financingVersion: 1 });

      const { financing, viewerCanEditFinancing } = await financingOf(imanor, '1-2.1.1', '2025-12-31');
      expect(viewerCanEditFinancing).toBe(true);
      const eurCommitted = convert(centimes('50000.01'), '10.95'); // the rate in force on 2025-12-31
      const anyName: unknown = expect.any(String); // vitest types its matchers `any`
      expect(financing).toMatchObject({
        version: 1,
        effectiveDate: '2025-06-30',
        needsFunding: true,
        estimatedCost: '1500000.00',
        costCurrency: 'MAD',
        status: 'PARTLY_SECURED',
        asOf: '2025-12-31',
        inMad: {
          cost: '1500000.00',
          secured: decimal(60_000_000n + eurCommitted),
          planned: decimal(60_000_000n + convert(centimes('80000.01'), '10.95')),
          gap: decimal(150_000_000n - 60_000_000n - eurCommitted),
        },
        ratesUsed: [{ currency: 'EUR', date: '2025-12-15', rate: '10.95' }],
        unconverted: [],
        author: { name: anyName },
      });
      expect(financing!.lines).toEqual([
        expect.objectContaining({ position: 1, source: 'OWN_BUDGET', currency: 'MAD', budgetYear: 2025, partner: null, totalCommitted: '600000.00' }),
        expect.objectContaining({
          position: 2,
          source: 'COOPERATION',
          currency: 'EUR',
          partner: { key: 'ue' },
          programme: 'Jumelage infrastructure qualité',
          periodStart: 2025,
          periodEnd: 2027,
          totalPlanned: '80000.01',
          amounts: [
            { year: 2025, planned: '50000.01', committed: '50000.01', disbursed: '10000.07' },
            { year: 2026, planned: '30000.00', committed: '0.00', disbursed: '0.00' },
          ],
        }),
      ]);
      // Stored as exact NUMERIC, audited.
      const [stored] = await queryDatabase<{ amount: string; type: string }>(
        testApp.databaseUrl,
        `SELECT a.disbursed::text AS amount, pg_typeof(a.disbursed)::text AS type FROM funding_line_amount a JOIN action x ON x.id = a.action_id
          WHERE x.ref = '1-2.1.1' AND a.position = 2 AND a.year = 2025`,
      );
      expect(stored).toEqual({ amount: '10000.07', type: 'numeric' });
      const audit = await queryDatabase(testApp.databaseUrl, `SELECT 1 FROM audit_event WHERE operation = 'recordActionFinancing' AND entity_key = '1-2.1.1'`);
      expect(audit).toHaveLength(1);
    });

    it('keeps every version: a later one is in force from its date, the earlier one still shown before it', async () => {
      const second: FinancingInput = {
        ...IMANOR_FIRST,
        lines: [IMANOR_FIRST.lines[0], { ...IMANOR_FIRST.lines[1], amounts: [{ year: 2025, planned: '90000', committed: '90000', disbursed: '10000.07' }] }],
        effectiveDate: '2025-09-30',
        comment: 'Convention UE signée',
        expectedVersion: 1,
      };
      expect((await record(imanor, second)).errors).toBeUndefined();
      expect((await financingOf(viewer, '1-2.1.1', '2025-12-31')).financing).toMatchObject({ version: 2, status: 'SECURED', inMad: { gap: '0.00' } });
      expect((await financingOf(viewer, '1-2.1.1', '2025-07-31')).financing).toMatchObject({ version: 1, status: 'PARTLY_SECURED' });
      expect((await financingOf(viewer, '1-2.1.1', '2025-06-29')).financing).toBeNull();
      const history = await viewer.graphql<{ action: { financingHistory: { version: number; status: string }[] } }>(
        '{ action(ref: "1-2.1.1") { financingHistory { version status } } }',
      );
      expect(history.data!.action.financingHistory).toEqual([
        { version: 2, status: 'SECURED' },
        { version: 1, status: 'PARTLY_SECURED' },
      ]);
      await expect(queryDatabase(testApp.databaseUrl, `DELETE FROM funding_line_amount`)).rejects.toThrow(/append-only/);
    });

    it('refuses another organisation’s editor and a viewer, writing nothing', async () => {
      const input = { ...IMANOR_FIRST, expectedVersion: 2 };
      expect(codeOf(await record(dpcsmq, input))).toBe('FORBIDDEN');
      expect(codeOf(await record(viewer, input))).toBe('FORBIDDEN');
      expect((await financingOf(dpcsmq, '1-2.1.1', '2025-12-31')).viewerCanEditFinancing).toBe(false);
      expect(await versionOf('1-2.1.1')).toBe(2);
    });

    it('refuses a stale version with VERSION_CONFLICT, and of two racing on one version exactly one saves', async () => {
      const stale = await record(imanor, { ...IMANOR_FIRST, expectedVersion: 1 });
      expect(codeOf(stale)).toBe('VERSION_CONFLICT');
      expect(stale.errors![0].message).toContain('version 1');
      const results = await Promise.all([imanor, admin].map((client) => record(client, { ...IMANOR_FIRST, effectiveDate: '2025-10-01', expectedVersion: 2 })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.map(codeOf).filter(Boolean)).toEqual(['VERSION_CONFLICT']);
      expect(await versionOf('1-2.1.1')).toBe(3);
    });
  });

  describe('amounts and currencies', () => {
    const line = (changes: Partial<LineInput>): FinancingInput => ({
      ref: '1-2.1.1',
      needsFunding: true,
      lines: [{ ...IMANOR_FIRST.lines[1], ...changes }],
      effectiveDate: '2025-06-30',
      expectedVersion: 3,
    });
    it.each([
      ['a negative amount', line({ amounts: [{ year: 2025, planned: '-10' }] }), 'INVALID_AMOUNT'],
      ['an absurd amount', line({ amounts: [{ year: 2025, planned: '99999999999999' }] }), 'INVALID_AMOUNT'],
      ['a float-like amount', line({ amounts: [{ year: 2025, planned: '1e9' }] }), 'INVALID_AMOUNT'],
      ['more disbursed than committed', line({ amounts: [{ year: 2025, planned: '10', committed: '5', disbursed: '6' }] }), 'INVALID_AMOUNT'],
      ['an unknown currency', line({ currency: 'GBP' }), 'UNKNOWN_CURRENCY'],
      ['an unknown cost currency', { ...line({}), estimatedCost: '10', costCurrency: 'XAF' }, 'UNKNOWN_CURRENCY'],
      ['a cooperation line without programme', line({ programme: '' }), 'INVALID_FUNDING_LINE'],
      ['a partner outside the directory', line({ partnerKey: 'bailleur-inconnu' }), 'ORGANISATION_NOT_FOUND'],
      ['a date in the future', { ...line({}), effectiveDate: '2999-01-01' }, 'INVALID_EFFECTIVE_DATE'],
    ])('refuses %s with %s and stores nothing', async (_case, input, code) => {
      const response = await record(imanor, input);
      expect(codeOf(response)).toBe(code);
      expect(response.errors![0].message.length).toBeGreaterThan(15);
      expect(await versionOf('1-2.1.1')).toBe(3);
    });
  });

  describe('reference rates', () => {
    it('are the secretariat’s, never rewritten, and checked', async () => {
      const send = (client: GraphqlClient, i: Record<string, string>) =>
        client.graphql('mutation ($i: RecordReferenceRateInput!) { recordReferenceRate(input: $i) { rate } }', { i });
      expect(codeOf(await send(imanor, { currency: 'EUR', date: '2025-03-01', rate: '10.9' }))).toBe('FORBIDDEN');
      expect(codeOf(await send(admin, { currency: 'EUR', date: '2025-01-02', rate: '11' }))).toBe('REFERENCE_RATE_EXISTS');
      expect(codeOf(await send(admin, { currency: 'GBP', date: '2025-03-01', rate: '12.5' }))).toBe('UNKNOWN_CURRENCY');
      expect(codeOf(await send(admin, { currency: 'USD', date: '2025-03-01', rate: '-9' }))).toBe('INVALID_REFERENCE_RATE');
      const rates = await viewer.graphql<{ referenceRates: { currency: string; date: string; rate: string }[] }>('{ referenceRates { currency date rate } }');
      expect(rates.data!.referenceRates).toEqual(
        RATES.map(({ currency, date, rate }) => ({ currency, date, rate })).sort(
          (a, b) => a.currency.localeCompare(b.currency) || a.date.localeCompare(b.date),
        ),
      );
    });
  });

  describe('the financing view', () => {
    let overdue: string[];
    let overdueAll: string[];
    let notOverdue: string;
    beforeAll(async () => {
      const list = async (healths: string[]) =>
        (
          await admin.graphql<{ actions: { ref: string }[] }>('query ($f: ActionFilterInput) { actions(asOf: "2025-12-31", filter: $f) { ref } }', {
            f: { healths },
          })
        ).data!.actions.map((a) => a.ref);
      overdueAll = await list(['OVERDUE']);
      overdue = overdueAll.filter((ref) => ref !== '1-2.1.1');
      notOverdue = (await list(['ON_TRACK', 'AT_RISK'])).find((ref) => ref !== '1-2.1.1')!;
      expect(overdue.length).toBeGreaterThan(4);
      const coop = (partnerKey: string, currency: string, planned: string, committed: string, disbursed = '0'): LineInput => ({
        source: 'COOPERATION',
        currency,
        partnerKey,
        programme: `Programme ${partnerKey}`,
        periodStart: 2024,
        periodEnd: 2026,
        amounts: [{ year: 2025, planned, committed, disbursed }],
      });
      const own = (planned: string, committed: string): LineInput => ({
        source: 'OWN_BUDGET',
        budgetYear: 2025,
        budgetLine: 'Chapitre 2',
        amounts: [{ year: 2025, planned, committed }],
      });
      const inputs: FinancingInput[] = [
        // overdue, sought but nothing committed → late and not funded
        {
          ref: overdue[0],
          needsFunding: true,
          estimatedCost: '2000000',
          lines: [coop('bm', 'USD', '120000.99', '0')],
          effectiveDate: '2025-05-01',
          expectedVersion: 0,
        },
        // overdue, wholly secured → not listed
        { ref: overdue[1], needsFunding: true, estimatedCost: '100000', lines: [own('100000', '100000')], effectiveDate: '2025-05-01', expectedVersion: 0 },
        // overdue, needs no funding → not listed
        { ref: overdue[2], needsFunding: false, lines: [], effectiveDate: '2025-05-01', expectedVersion: 0 },
        // overdue, partly secured in EUR and USD → listed
        {
          ref: overdue[3],
          needsFunding: true,
          estimatedCost: '5000000',
          lines: [coop('ue', 'EUR', '100000.05', '33333.33', '1111.11'), coop('bm', 'USD', '20000', '20000', '19999.99')],
          effectiveDate: '2025-02-01',
          expectedVersion: 0,
        },
        // overdue, needs funding, nothing sought yet, only from 2026 → listed on 2026, not on 2025-12-31
        { ref: overdue[4], needsFunding: true, estimatedCost: '750000', lines: [], effectiveDate: '2026-01-15', expectedVersion: 0 },
        // not overdue, nothing committed → not listed
        {
          ref: notOverdue,
          needsFunding: true,
          estimatedCost: '300000',
          lines: [coop('ue', 'EUR', '25000', '0')],
          effectiveDate: '2025-05-01',
          expectedVersion: 0,
        },
      ];
      for (const input of inputs) expect((await record(admin, input)).errors).toBeUndefined();
    });

    interface Overview {
      ratesUsed: { currency: string; date: string; rate: string }[];
      totals: { lateAndNotFunded: number };
      byPillar: { pillarNumber: number; figures: Record<string, string> }[];
      byPartner: { key: string; planned: string; committed: string; disbursed: string }[];
      ownBudget: { planned: string; committed: string };
      lateAndNotFunded: { ref: string; status: string }[];
    }
    const overviewOn = async (asOf: string): Promise<Overview> => {
      const response = await viewer.graphql<{ financingOverview: Overview }>(OVERVIEW, { asOf });
      expect(response.errors).toBeUndefined();
      return response.data!.financingOverview;
    };

    it.each(['2025-06-30', '2025-12-31'])(
      'gives totals per pillar and per partner equal to the sum of the lines converted at the rate of %s, to the centime',
      async (asOf) => {
        const overview = await overviewOn(asOf);
        const records = inForce(asOf);
        expect(records.length).toBeGreaterThan(3);
        for (const pillar of overview.byPillar) {
          const ofPillar = records.filter((input) => input.ref.startsWith(`${pillar.pillarNumber}-`));
          for (const field of ['planned', 'disbursed'] as const) expect(pillar.figures[field]).toBe(decimal(convertedLines(ofPillar, asOf, field)));
          expect(pillar.figures.secured).toBe(decimal(convertedLines(ofPillar, asOf, 'committed')));
        }
        for (const partner of ['ue', 'bm']) {
          const row = overview.byPartner.find((p) => p.key === partner)!;
          const ofPartner = (line: LineInput) => line.partnerKey === partner;
          expect(row).toMatchObject({
            planned: decimal(convertedLines(records, asOf, 'planned', ofPartner)),
            committed: decimal(convertedLines(records, asOf, 'committed', ofPartner)),
            disbursed: decimal(convertedLines(records, asOf, 'disbursed', ofPartner)),
          });
        }
        expect(overview.ownBudget.committed).toBe(decimal(convertedLines(records, asOf, 'committed', (line) => line.source === 'OWN_BUDGET')));
        expect(overview.ratesUsed).toEqual(
          ['EUR', 'USD'].map((currency) => ({
            currency,
            rate: rateOn(currency, asOf),
            date: RATES.find((r) => r.currency === currency && r.rate === rateOn(currency, asOf))!.date,
          })),
        );
      },
    );

    it('lists as late and not funded exactly the overdue actions without secured funding', async () => {
      const overview = await overviewOn('2025-12-31');
      const records = new Map(inForce('2025-12-31').map((input) => [input.ref, input]));
      const notSecured = (input: FinancingInput | undefined) => {
        if (!input?.needsFunding) return false;
        const secured = convertedLines([input], '2025-12-31', 'committed');
        const cost = centimes(input.estimatedCost);
        return !(cost > 0n && secured > 0n && secured >= cost);
      };
      const expected = overdueAll.filter((ref) => notSecured(records.get(ref)));
      expect(expected).toEqual(expect.arrayContaining([overdue[0], overdue[3]]));
      expect(expected).not.toEqual(expect.arrayContaining([overdue[1]]));
      expect(overview.lateAndNotFunded.map((a) => a.ref).sort()).toEqual(expected.sort());
      expect(overview.lateAndNotFunded.find((a) => a.ref === overdue[0])!.status).toBe('SOUGHT');
      expect(overview.lateAndNotFunded.find((a) => a.ref === overdue[3])!.status).toBe('PARTLY_SECURED');
      expect(overview.totals.lateAndNotFunded).toBe(expected.length);
      const explorer = await viewer.graphql<{ actions: { ref: string }[] }>('{ actions(asOf: "2025-12-31", filter: { lateAndNotFunded: true }) { ref } }');
      expect(explorer.data!.actions.map((a) => a.ref).sort()).toEqual(expected.sort());
      const later = await overviewOn('2026-06-30');
      expect(later.lateAndNotFunded.map((a) => a.ref)).toContain(overdue[4]);
    });
  });

  it('puts the dashboard’s financing figures for 2025-12-31 in the 2025 report (PDF and Word)', async () => {
    const response = await viewer.graphql<{
      financingOverview: {
        totals: Record<string, string>;
        byPillar: { pillarNumber: number; name: string; figures: Record<string, string> }[];
        byPartner: { name: string; committed: string }[];
        lateAndNotFunded: { ref: string }[];
      };
    }>(
      `query { financingOverview(asOf: "2025-12-31") { totals { needed secured disbursed gap } byPillar { pillarNumber name figures { needed secured } } byPartner { name committed } lateAndNotFunded { ref } } }`,
    );
    const overview = response.data!.financingOverview;
    /** "1234567.50" → "1 234 567,50", written here independently of the report's own formatter. */
    const fr = (decimal: string) => {
      const [units, cents] = decimal.split('.');
      return `${units.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${cents}`;
    };
    const { totals } = overview;
    const expected = [
      `Besoin estimé : ${fr(totals.needed)} MAD ; acquis (engagé) : ${fr(totals.secured)} MAD ; décaissé : ${fr(totals.disbursed)} MAD ; reste à financer : ${fr(totals.gap)} MAD`,
      '1 EUR = 10,95 MAD (cours du 15 décembre 2025)',
      ...overview.byPartner.map((p) => `${p.name}`),
      ...overview.byPartner.map((p) => fr(p.committed)),
      ...overview.byPillar.map((p) => fr(p.figures.secured)),
      ...overview.lateAndNotFunded.map((a) => a.ref),
    ];
    const pdf = await download(`${testApp.baseUrl}/reports/annual?year=2025&format=pdf`, admin.cookie);
    expect(pdf.status).toBe(200);
    const pdfText = (await pdfPages(pdf.body)).join('\n');
    const docx = await download(`${testApp.baseUrl}/reports/annual?year=2025&format=docx`, admin.cookie);
    const { text: docxText } = await docxParts(docx.body);
    expect(pdfText).toContain('6. Financement des actions');
    for (const text of expected) {
      expect(pdfText).toContain(text);
      expect(docxText).toContain(text);
    }
  });

  describe('spreadsheets', () => {
    const versions = async () =>
      new Map(
        (
          await queryDatabase<{ ref: string; version: number }>(
            testApp.databaseUrl,
            'SELECT a.ref, max(f.version)::int AS version FROM action_financing f JOIN action a ON a.id = f.action_id GROUP BY a.ref',
          )
        ).map((r) => [r.ref, r.version]),
      );

    it('exports each action’s financing in MAD on the date', async () => {
      const response = await download(`${testApp.baseUrl}/exports/actions.xlsx?asOf=2025-12-31&funding=late`, viewer.cookie);
      expect(response.status).toBe(200);
      const sheet = (await loadWorkbook(response.body)).getWorksheet('Actions')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      const overview = (
        await viewer.graphql<{ financingOverview: { lateAndNotFunded: { ref: string; secured: string; gap: string }[] } }>(
          '{ financingOverview(asOf: "2025-12-31") { lateAndNotFunded { ref secured gap } } }',
        )
      ).data!.financingOverview.lateAndNotFunded;
      const exported = new Map<string, [unknown, unknown]>();
      sheet.eachRow((line, n) => {
        if (n > 1)
          exported.set(String(line.getCell(1).value), [
            line.getCell(headers.indexOf('Acquis (MAD)')).value,
            line.getCell(headers.indexOf('Reste à financer (MAD)')).value,
          ]);
      });
      expect([...exported.keys()].sort()).toEqual(overview.map((a) => a.ref).sort());
      for (const action of overview) expect(exported.get(action.ref)).toEqual([Number(action.secured), Number(action.gap)]);
    });

    it('round-trips the organisation’s template: exactly the edited financing rows become new versions', async () => {
      const template = await download(`${testApp.baseUrl}/exports/template.xlsx`, imanor.cookie);
      expect(template.status).toBe(200);
      const unchanged = await postImport(testApp.baseUrl, imanor.cookie, template.body, 'dry-run');
      expect(unchanged.body.rows.filter((r) => (r as { sheet?: string }).sheet === 'Financement')).toEqual([]);

      const workbook = await loadWorkbook(template.body);
      const sheet = workbook.getWorksheet('Financement')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      const cell = (line: number, header: string) => sheet.getRow(line).getCell(headers.indexOf(header));
      let edited = 0;
      sheet.eachRow((_, n) => {
        if (n === 1) return;
        const ref = String(cell(n, 'Réf.').value);
        if (ref === '1-2.1.1' && cell(n, 'N° de ligne').value === 1 && cell(n, 'Année').value === 2025) {
          cell(n, 'Engagé').value = 650000;
          edited++;
        }
        if (ref === '1-2.1.2') {
          cell(n, 'Financement spécifique (Oui/Non)').value = 'Oui';
          cell(n, 'Coût estimé').value = '200 000';
          cell(n, 'Date d’effet').value = '2025-07-01';
          edited++;
        }
      });
      expect(edited).toBe(2);
      const before = await versions();
      const file = await saveWorkbook(workbook);
      const dryRun = await postImport(testApp.baseUrl, imanor.cookie, file, 'dry-run');
      expect(dryRun.status).toBe(200);
      const financingRows = dryRun.body.rows.filter((r) => (r as { sheet?: string }).sheet === 'Financement');
      expect(financingRows.map((r) => [r.ref, r.problems])).toEqual([
        ['1-2.1.1', []],
        ['1-2.1.2', []],
      ]);
      expect(dryRun.body).toMatchObject({ changes: 2, problems: 0 });
      expect(await versions()).toEqual(before); // a dry run saves nothing

      const applied = await postImport(testApp.baseUrl, imanor.cookie, file, 'apply', dryRun.body.fileHash);
      expect(applied.body).toMatchObject({ applied: true, changes: 2 });
      const after = await versions();
      expect(after.get('1-2.1.1')).toBe(before.get('1-2.1.1')! + 1);
      expect(after.get('1-2.1.2')).toBe((before.get('1-2.1.2') ?? 0) + 1);
      for (const [ref, version] of before) if (ref !== '1-2.1.1' && ref !== '1-2.1.2') expect(after.get(ref)).toBe(version);
      expect([...after.keys()].filter((ref) => !before.has(ref) && ref !== '1-2.1.2')).toEqual([]);
      const { financing } = await financingOf(imanor, '1-2.1.1', '2035-12-31');
      expect((financing!.lines as { amounts: { year: number; committed: string }[] }[])[0].amounts[0]).toMatchObject({ year: 2025, committed: '650000.00' });
      expect((financing!.lines as unknown[]).length).toBe(2);
    });

    it('reports a bad amount in the financing sheet with its row and column, and saves nothing', async () => {
      const template = await download(`${testApp.baseUrl}/exports/template.xlsx`, imanor.cookie);
      const workbook = await loadWorkbook(template.body);
      const sheet = workbook.getWorksheet('Financement')!;
      const headers = (sheet.getRow(1).values as unknown[]).map(String);
      let row = 0;
      sheet.eachRow((line, n) => {
        if (n > 1 && !row && String(line.getCell(1).value) === '1-2.1.2') row = n;
      });
      sheet.getRow(row).getCell(headers.indexOf('Coût estimé')).value = '-5';
      const before = await versions();
      const dryRun = await postImport(testApp.baseUrl, imanor.cookie, await saveWorkbook(workbook), 'dry-run');
      const bad = dryRun.body.rows.find((r) => r.ref === '1-2.1.2')!;
      expect(bad).toMatchObject({ row, problems: [{ code: 'INVALID_AMOUNT' }] });
      expect(dryRun.body.problems).toBe(1);
      expect(await versions()).toEqual(before);
    });
  });

  it('re-points funding lines when the secretariat merges a duplicate partner into the one kept', async () => {
    await admin.graphql('mutation { createOrganisation(input: { key: "ue-doublon", name: "U.E.", kind: INTERNATIONAL }) { key } }');
    const input: FinancingInput = {
      ...IMANOR_FIRST,
      lines: [{ ...IMANOR_FIRST.lines[1], partnerKey: 'ue-doublon' }],
      effectiveDate: '2025-11-01',
      expectedVersion: await versionOf('1-2.1.1'),
    };
    expect((await record(imanor, input)).errors).toBeUndefined();
    input.lines[0].partnerKey = 'ue';
    const merged = await admin.graphql('mutation { mergeOrganisations(input: { duplicateKey: "ue-doublon", keepKey: "ue" }) { key } }');
    expect(merged.errors).toBeUndefined();
    const { financing } = await financingOf(admin, '1-2.1.1', '2025-11-01');
    expect((financing!.lines as { partner: { key: string } }[]).map((l) => l.partner.key)).toEqual(['ue']);
  });
});
