import { classifyIndicator } from '@pnq/domain';
import { readSeedBundle } from '../src/modules/seed/seed-files';
import { SeedService } from '../src/modules/seed/seed.service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenActions, readPillarFiles, SEED_DIR } from './support/seed-source';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
const seedIndicators = flattenActions(readPillarFiles()).flatMap(({ ref, action }) =>
  action.indicators.map((indicator, index) => ({ ref, position: index + 1, ...indicator })),
);

const RECORD = `mutation ($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id version values { date value achieved source comment author { name organisation { key } } } } }`;
const DEFINE = `mutation ($input: UpdateIndicatorDefinitionInput!) { updateIndicatorDefinition(input: $input) { kind unit target targetYear baseline baselineDate version edited ambiguous } }`;
const ADD_NATIONAL = `mutation ($input: AddNationalIndicatorValueInput!) { addNationalIndicatorValue(input: $input) { key values { date value kind sourceLabel } } }`;

interface ServedIndicator {
  id: string;
  position: number;
  label: string;
  kind: string;
  unit: string | null;
  target: number | null;
  targetYear: number | null;
  version: number;
  viewerCanRecord: boolean;
  evaluation: {
    status: string;
    latestValue: number | null;
    percentOfTarget: number | null;
    expectedValue: number | null;
    onTrack: boolean | null;
    achieved: boolean;
    targetYear: number | null;
  };
}

describe('action indicators that measure, over real PostgreSQL', () => {
  let testApp: TestApp;
  let admin: GraphqlClient;
  let viewer: GraphqlClient;
  let imanor: GraphqlClient; // owns 5-1.2.1 (« 1000 entités … (2023 – 2035) ») and 1-2.1.1, 1-2.4.1
  let dpcsmq: GraphqlClient; // owns none of them
  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, viewer, imanor, dpcsmq] = await Promise.all(
      ['admin@pnq.local', 'viewer@pnq.local', 'imanor@pnq.local', 'dpcsmq@pnq.local'].map((email) => testApp.signIn(email)),
    );
  });
  afterAll(() => testApp.close());

  const indicatorsOf = async (client: GraphqlClient, ref: string, asOf = '2025-06-30') => {
    const response = await client.graphql<{ action: { indicators: ServedIndicator[] } }>(
      `query ($ref: String!, $asOf: CalendarDate) { action(ref: $ref) { indicators { id position label kind unit target targetYear version viewerCanRecord
         evaluation(asOf: $asOf) { status latestValue percentOfTarget expectedValue onTrack achieved targetYear } } } }`,
      { ref, asOf },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.action.indicators;
  };
  const record = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.graphql<{ recordIndicatorValue: { version: number; values: Record<string, unknown>[] } }>(RECORD, { input });

  describe('classification of the seeded indicators', () => {
    it('classifies the 394 printed indicators: 236 milestones, 147 quantitative, 11 ambiguous (kept as milestones to confirm), 11 targets', async () => {
      expect(seedIndicators).toHaveLength(394);
      const rows = await queryDatabase<{ kind: string; ambiguous: boolean; n: string }>(
        testApp.databaseUrl,
        'SELECT kind, ambiguous, count(*) AS n FROM indicator GROUP BY kind, ambiguous ORDER BY kind, ambiguous',
      );
      expect(rows.map((r) => [r.kind, r.ambiguous, Number(r.n)])).toEqual([
        ['MILESTONE', false, 236],
        ['MILESTONE', true, 11],
        ['QUANTITATIVE', false, 147],
      ]);
      const [{ n }] = await queryDatabase<{ n: string }>(testApp.databaseUrl, 'SELECT count(*) AS n FROM indicator WHERE target IS NOT NULL');
      expect(Number(n)).toBe(11);
      expect(seedIndicators.filter((i) => i.target !== undefined)).toHaveLength(11);
    });

    it('serves the classification the seed files state, and the files agree with the rules of libs/domain', () => {
      for (const indicator of seedIndicators) {
        const rules = classifyIndicator(indicator.label);
        expect(indicator.kind, `${indicator.ref}#${indicator.position}`).toBe(rules.classification === 'QUANTITATIVE' ? 'QUANTITATIVE' : 'MILESTONE');
        expect(indicator.classification === 'AMBIGUOUS', `${indicator.ref}#${indicator.position}`).toBe(rules.classification === 'AMBIGUOUS');
      }
    });

    it('states every extracted target as printed: the number (and the year) appear in the label', () => {
      for (const indicator of seedIndicators.filter((i) => i.target !== undefined)) {
        expect(indicator.label.replace(/\s/g, ''), indicator.ref).toContain(String(indicator.target));
        if (indicator.targetYear) expect(indicator.label).toContain(String(indicator.targetYear));
      }
    });

    it.each([
      ['5-1.2.1', 1, { kind: 'QUANTITATIVE', unit: 'entités', target: 1000, targetYear: 2035 }],
      ['4-2.2.1', 2, { kind: 'QUANTITATIVE', unit: 'personnes', target: 10, targetYear: null }],
      ['3-3.1.1', 3, { kind: 'QUANTITATIVE', unit: '%', target: 70, targetYear: null }],
      ['4-6.3.1', 1, { kind: 'QUANTITATIVE', unit: 'sessions/an', target: 2, targetYear: null }],
      ['1-2.4.1', 1, { kind: 'QUANTITATIVE', unit: 'normes', target: null, targetYear: null }],
      ['1-1.1.1', 1, { kind: 'MILESTONE', unit: null, target: null, targetYear: null }],
    ])('serves %s indicator %s as %j', async (ref, position, expected) => {
      const indicators = await indicatorsOf(viewer, ref);
      expect(indicators.find((i) => i.position === position)).toMatchObject(expected);
    });
  });

  describe('recording values', () => {
    it('lets an owner record a value, then evaluates it against the linear trajectory on a given date', async () => {
      const [entities] = await indicatorsOf(imanor, '5-1.2.1');
      expect(entities.viewerCanRecord).toBe(true);
      const response = await record(imanor, {
        indicatorId: Number(entities.id),
        date: '2025-06-30',
        value: 150,
        source: 'Registre IMANOR',
        comment: 'Bilan S1',
        evidenceUrls: ['https://www.imanor.gov.ma/bilan'],
        expectedVersion: 0,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordIndicatorValue).toMatchObject({
        version: 1,
        values: [
          {
            date: '2025-06-30',
            value: 150,
            achieved: null,
            source: 'Registre IMANOR',
            comment: 'Bilan S1',
            author: { name: 'Éditeur IMANOR (démo)', organisation: { key: 'imanor' } },
          },
        ],
      });
      // 2023-01-01 → 2035-12-31 is 4747 days; 2025-06-30 is day 911: the line expects 191.9; 150 is within 100 (10 % of 1000).
      const [onJune30] = await indicatorsOf(viewer, '5-1.2.1', '2025-06-30');
      expect(onJune30.evaluation).toEqual({
        status: 'ON_TRACK',
        latestValue: 150,
        percentOfTarget: 15,
        expectedValue: 191.9,
        onTrack: true,
        achieved: false,
        targetYear: 2035,
      });
      const [before] = await indicatorsOf(viewer, '5-1.2.1', '2025-06-29');
      expect(before.evaluation).toMatchObject({ status: 'NO_DATA', latestValue: null });
      const [later] = await indicatorsOf(viewer, '5-1.2.1', '2028-12-31');
      expect(later.evaluation).toMatchObject({ status: 'BEHIND', latestValue: 150, expectedValue: 461.6, onTrack: false });
    });

    it('refuses a second writer who saw the old version, and saves nothing', async () => {
      const [entities] = await indicatorsOf(imanor, '5-1.2.1');
      const stale = await record(admin, { indicatorId: Number(entities.id), date: '2025-07-01', value: 170, expectedVersion: 0 });
      expect(codeOf(stale)).toBe('VERSION_CONFLICT');
      expect(stale.errors![0].message).toContain('version 0');
      const rows = await queryDatabase(testApp.databaseUrl, 'SELECT 1 FROM indicator_value WHERE indicator_id = $1', [Number(entities.id)]);
      expect(rows).toHaveLength(1);
    });

    it('lets only one of two simultaneous writers on the same version through', async () => {
      const [, , organised] = await indicatorsOf(imanor, '5-1.2.1');
      const racers = await Promise.all([testApp.signIn('imanor@pnq.local'), testApp.signIn('admin@pnq.local')]);
      const results = await Promise.all(
        racers.map((client, index) =>
          record(client, { indicatorId: Number(organised.id), date: '2025-05-31', value: 10 + index, expectedVersion: organised.version }),
        ),
      );
      expect(results.map(codeOf).sort()).toEqual(['VERSION_CONFLICT', undefined].sort());
      const rows = await queryDatabase(testApp.databaseUrl, 'SELECT 1 FROM indicator_value WHERE indicator_id = $1', [Number(organised.id)]);
      expect(rows).toHaveLength(1);
    });

    it('refuses an editor of another organisation and a viewer, like status updates, and says who may', async () => {
      const [entities] = await indicatorsOf(dpcsmq, '5-1.2.1');
      expect(entities.viewerCanRecord).toBe(false);
      for (const client of [dpcsmq, viewer]) {
        expect(codeOf(await record(client, { indicatorId: Number(entities.id), date: '2025-07-01', value: 1, expectedVersion: 1 }))).toBe('FORBIDDEN');
      }
      const rows = await queryDatabase(testApp.databaseUrl, 'SELECT 1 FROM indicator_value WHERE indicator_id = $1', [Number(entities.id)]);
      expect(rows).toHaveLength(1);
    });

    it.each([
      [{ date: '2999-01-01', value: 1 }, 'INVALID_VALUE_DATE'],
      [{ date: '1999-12-31', value: 1 }, 'INVALID_VALUE_DATE'],
      [{ date: '2025-02-30', value: 1 }, 'BAD_USER_INPUT'],
      [{ date: '2025-01-01' }, 'INVALID_INDICATOR_VALUE'],
      [{ date: '2025-01-01', achieved: true }, 'INVALID_INDICATOR_VALUE'],
      [{ date: '2025-01-01', value: 1, evidenceUrls: ['javascript:alert(1)'] }, 'BAD_USER_INPUT'],
      [{ date: '2025-01-01', value: 1, comment: 'x'.repeat(2001) }, 'BAD_USER_INPUT'],
      [{ date: '2025-01-01', value: 1, colour: 'red' }, 'BAD_USER_INPUT'],
    ])('refuses %j with %s', async (fields, code) => {
      const [entities] = await indicatorsOf(imanor, '5-1.2.1');
      const response = await record(imanor, { indicatorId: Number(entities.id), expectedVersion: entities.version, ...fields });
      expect(codeOf(response)).toBe(code);
      expect(response.errors![0].message.length).toBeGreaterThan(10);
      const [after] = await indicatorsOf(imanor, '5-1.2.1');
      expect(after.version).toBe(entities.version);
    });

    it('records a milestone as achieved on a date, with evidence; it counts from that date', async () => {
      const [strategy] = await indicatorsOf(imanor, '1-2.1.1');
      expect(strategy.kind).toBe('MILESTONE');
      const withNumber = await record(imanor, { indicatorId: Number(strategy.id), date: '2025-03-01', value: 1, expectedVersion: 0 });
      expect(codeOf(withNumber)).toBe('INVALID_INDICATOR_VALUE');
      const response = await record(imanor, {
        indicatorId: Number(strategy.id),
        date: '2025-03-01',
        achieved: true,
        comment: 'Stratégie validée par le conseil',
        evidenceUrls: ['https://www.imanor.gov.ma/pv'],
        expectedVersion: 0,
      });
      expect(response.errors).toBeUndefined();
      expect((await indicatorsOf(viewer, '1-2.1.1', '2025-02-28'))[0].evaluation).toMatchObject({ status: 'NOT_ACHIEVED', achieved: false });
      expect((await indicatorsOf(viewer, '1-2.1.1', '2025-03-01'))[0].evaluation).toMatchObject({ status: 'ACHIEVED', achieved: true });
    });

    it('keeps values append-only and audited', async () => {
      await expect(queryDatabase(testApp.databaseUrl, 'UPDATE indicator_value SET value = 0')).rejects.toThrow(/append-only/);
      await expect(queryDatabase(testApp.databaseUrl, 'DELETE FROM indicator_value')).rejects.toThrow(/append-only/);
      const events = await queryDatabase<{ entity_key: string; after: { value: number | null; achieved: boolean | null } }>(
        testApp.databaseUrl,
        `SELECT entity_key, after FROM audit_event WHERE operation = 'recordIndicatorValue' AND entity_key <> '5-1.2.1#3' ORDER BY id`,
      );
      expect(events.map((e) => [e.entity_key, e.after.value, e.after.achieved])).toEqual([
        ['5-1.2.1#1', 150, null],
        ['1-2.1.1#1', null, true],
      ]);
    });
  });

  describe('indicator definitions (admins)', () => {
    it('lets an admin set a unit, target and target year; the change is audited and marked edited', async () => {
      const [standards] = await indicatorsOf(admin, '1-2.4.1');
      const input = {
        indicatorId: Number(standards.id),
        kind: 'QUANTITATIVE',
        unit: 'normes',
        baseline: 12,
        baselineDate: '2023-09-30',
        target: 60,
        targetYear: 2030,
        expectedVersion: standards.version,
      };
      expect(codeOf(await imanor.graphql(DEFINE, { input }))).toBe('FORBIDDEN');
      const response = await admin.graphql<{ updateIndicatorDefinition: Record<string, unknown> }>(DEFINE, { input });
      expect(response.errors).toBeUndefined();
      expect(response.data!.updateIndicatorDefinition).toEqual({
        kind: 'QUANTITATIVE',
        unit: 'normes',
        target: 60,
        targetYear: 2030,
        baseline: 12,
        baselineDate: '2023-09-30',
        version: standards.version + 1,
        edited: true,
        ambiguous: false,
      });
      expect(codeOf(await admin.graphql(DEFINE, { input }))).toBe('VERSION_CONFLICT');
      const [event] = await queryDatabase<{ entity_key: string }>(
        testApp.databaseUrl,
        `SELECT entity_key FROM audit_event WHERE operation = 'updateIndicatorDefinition'`,
      );
      expect(event.entity_key).toBe('1-2.4.1#1');
    });

    it.each([
      [{ kind: 'QUANTITATIVE', unit: '' }, 'INVALID_INDICATOR_DEFINITION'],
      [{ kind: 'QUANTITATIVE', unit: 'normes', targetYear: 2030 }, 'INVALID_INDICATOR_DEFINITION'],
      [{ kind: 'MILESTONE', target: 3 }, 'INVALID_INDICATOR_DEFINITION'],
    ])('refuses the definition %j with %s', async (fields, code) => {
      const [standards] = await indicatorsOf(admin, '1-2.4.1');
      expect(codeOf(await admin.graphql(DEFINE, { input: { indicatorId: Number(standards.id), expectedVersion: standards.version, ...fields } }))).toBe(code);
    });

    it('keeps an edited definition and every recorded value when the seed is applied again', async () => {
      await testApp.app.get(SeedService).apply(readSeedBundle(SEED_DIR));
      const [standards] = await indicatorsOf(viewer, '1-2.4.1');
      expect(standards).toMatchObject({ unit: 'normes', target: 60, targetYear: 2030 });
      const [{ n }] = await queryDatabase<{ n: string }>(testApp.databaseUrl, 'SELECT count(*) AS n FROM indicator_value');
      expect(Number(n)).toBe(3);
    });

    it('refuses to change the kind of an indicator that has values', async () => {
      const [entities] = await indicatorsOf(admin, '5-1.2.1');
      const response = await admin.graphql(DEFINE, { input: { indicatorId: Number(entities.id), kind: 'MILESTONE', expectedVersion: entities.version } });
      expect(codeOf(response)).toBe('INDICATOR_HAS_VALUES');
    });
  });

  describe('roll-up per pillar', () => {
    it('counts indicators on track per pillar in the dashboard, on the given date', async () => {
      const query = `query ($asOf: CalendarDate) { dashboard(asOf: $asOf) { indicatorTotals { indicators onTrack achieved behind notAchieved noData noTarget }
        byPillar { number indicators { indicators onTrack achieved behind } } } }`;
      const { data, errors } = await viewer.graphql<{
        dashboard: {
          indicatorTotals: Record<string, number>;
          byPillar: { number: number; indicators: { indicators: number; onTrack: number; achieved: number; behind: number } }[];
        };
      }>(query, { asOf: '2025-06-30' });
      expect(errors).toBeUndefined();
      const { indicatorTotals, byPillar } = data!.dashboard;
      expect(indicatorTotals.indicators).toBe(394);
      expect(byPillar.reduce((sum, p) => sum + p.indicators.indicators, 0)).toBe(394);
      // Pillar 1: the milestone 1-2.1.1 achieved on 2025-03-01. Pillar 5: 150 entities of 1000 on the line.
      expect(byPillar.find((p) => p.number === 1)!.indicators).toMatchObject({ onTrack: 1, achieved: 1 });
      expect(byPillar.find((p) => p.number === 5)!.indicators).toMatchObject({ onTrack: 1, achieved: 0, behind: 0 });
      const earlier = await viewer.graphql<{ dashboard: { indicatorTotals: { onTrack: number } } }>(query, { asOf: '2025-02-28' });
      expect(earlier.data!.dashboard.indicatorTotals.onTrack).toBe(0);
    });
  });
});

describe('national quality-infrastructure indicators', () => {
  let testApp: TestApp;
  let admin: GraphqlClient;
  let imanor: GraphqlClient;
  beforeAll(async () => {
    testApp = await startTestApp();
    [admin, imanor] = await Promise.all(['admin@pnq.local', 'imanor@pnq.local'].map((email) => testApp.signIn(email)));
  });
  afterAll(() => testApp.close());

  const add = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.graphql<{ addNationalIndicatorValue: { values: { date: string; value: number; kind: string; sourceLabel: string | null }[] } }>(ADD_NATIONAL, {
      input,
    });

  it('serves the 30 seeded series with their 33 dated values and sources', async () => {
    const { data } = await admin.graphql<{ nationalIndicators: { key: string; values: { sourceFile: string | null }[] }[] }>(
      '{ nationalIndicators { key values { sourceFile } } }',
    );
    expect(data!.nationalIndicators).toHaveLength(30);
    expect(data!.nationalIndicators.flatMap((i) => i.values)).toHaveLength(33);
    expect(data!.nationalIndicators.flatMap((i) => i.values).every((v) => v.sourceFile)).toBe(true);
  });

  it('lets an admin add a yearly value with its source, once per date, audited', async () => {
    const input = { key: 'moroccan-standards-in-force', date: '2025-12-31', value: 18600, source: 'Rapport d’activité IMANOR 2025' };
    expect(codeOf(await add(imanor, input))).toBe('FORBIDDEN');
    const response = await add(admin, input);
    expect(response.errors).toBeUndefined();
    expect(response.data!.addNationalIndicatorValue.values.at(-1)).toEqual({
      date: '2025-12-31',
      value: 18600,
      kind: 'ACTUAL',
      sourceLabel: 'Rapport d’activité IMANOR 2025',
    });
    expect(codeOf(await add(admin, input))).toBe('NATIONAL_VALUE_EXISTS');
    const events = await queryDatabase(testApp.databaseUrl, `SELECT 1 FROM audit_event WHERE operation = 'addNationalIndicatorValue'`);
    expect(events).toHaveLength(1);
  });

  it.each([
    [{ key: 'moroccan-standards-in-force', date: '2999-12-31', value: 1, source: 'Futur' }, 'INVALID_VALUE_DATE'],
    [{ key: 'no-such-indicator', date: '2024-12-31', value: 1, source: 'Rapport' }, 'NATIONAL_INDICATOR_NOT_FOUND'],
    [{ key: 'moroccan-standards-in-force', date: '2024-12-31', value: 1, source: '' }, 'BAD_USER_INPUT'],
  ])('refuses %j with %s', async (input, code) => {
    expect(codeOf(await add(admin, input))).toBe(code);
  });

  it('accepts a future figure as a TARGET', async () => {
    const response = await add(admin, { key: 'moroccan-standards-in-force', date: '2030-12-31', value: 22000, kind: 'TARGET', source: 'Plan IMANOR' });
    expect(response.errors).toBeUndefined();
  });
});
