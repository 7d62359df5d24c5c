import { normaliseForComparison, parseDeadline } from '@pnq/domain';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedBundle, SeedOrganisation } from '../src/modules/seed/seed-files';
import { SeedService } from '../src/modules/seed/seed.service';
import { flattenActions, readPillarFiles, SEED_DIR } from './support/seed-source';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';
import { queryDatabase } from './support/test-database';

/** What the PNQ's own summary tables announce per pillar (lines 1051–1075 of the source). */
const PNQ_SUMMARY = [
  { number: 1, axes: 10, projects: 29 },
  { number: 2, axes: 8, projects: 25 },
  { number: 3, axes: 6, projects: 24 },
  { number: 4, axes: 6, projects: 19 },
  { number: 5, axes: 6, projects: 29 },
];

const pillarFiles = readPillarFiles();
const fileActions = flattenActions(pillarFiles);
const organisations = JSON.parse(readFileSync(join(SEED_DIR, 'organisations.json'), 'utf8')) as SeedOrganisation[];

/** Organisation key for a printed name, resolved here independently of the loader. */
const keyOfPrintedName = new Map<string, string>();
for (const organisation of organisations) {
  for (const text of [...organisation.aliases.map((a) => a.text), organisation.name, organisation.acronym ?? '']) {
    if (text && !keyOfPrintedName.has(normaliseForComparison(text))) keyOfPrintedName.set(normaliseForComparison(text), organisation.key);
  }
}
const keysOf = (names: string[]) => [...new Set(names.map((n) => keyOfPrintedName.get(normaliseForComparison(n))))].sort();

interface TreePillar {
  number: number;
  axes: { number: number; projects: { ref: string; inAnnex: boolean; flags: string[]; actions: { ref: string }[] }[] }[];
}

describe('the PNQ seed, loaded into PostgreSQL', () => {
  let testApp: TestApp;
  let viewer: GraphqlClient;
  let tree: TreePillar[];
  beforeAll(async () => {
    testApp = await startTestApp();
    viewer = await testApp.signIn('viewer@pnq.local');
    const response = await viewer.graphql<{ pillars: TreePillar[] }>('{ pillars { number axes { number projects { ref inAnnex flags actions { ref } } } } }');
    tree = response.data!.pillars;
  });
  afterAll(() => testApp.close());

  it('holds the axes and projects per pillar that the PNQ summary tables announce (36 axes, 126 projects)', () => {
    expect(
      tree.map((pillar) => ({
        number: pillar.number,
        axes: pillar.axes.length,
        projects: pillar.axes.reduce((n, axis) => n + axis.projects.length, 0),
      })),
    ).toEqual(PNQ_SUMMARY);
  });

  it('holds, per pillar, exactly the actions of the seed files (333 in all)', () => {
    const loaded = tree.map((p) => p.axes.flatMap((a) => a.projects.flatMap((pr) => pr.actions.map((ac) => ac.ref))).sort());
    const expected = [1, 2, 3, 4, 5].map((n) =>
      fileActions
        .filter((a) => a.pillar === n)
        .map((a) => a.ref)
        .sort(),
    );
    expect(loaded).toEqual(expected);
    expect(loaded.map((refs) => refs.length)).toEqual([75, 61, 51, 41, 105]);
  });

  it('keeps the two Certification projects listed in the summary but absent from the annex, flagged, with no actions', () => {
    const certification = tree.find((p) => p.number === 2)!.axes.flatMap((a) => a.projects);
    const missing = certification.filter((project) => !project.inAnnex);
    expect(missing.map((p) => p.ref)).toEqual(['2-3.3', '2-3.4']);
    for (const project of missing) {
      expect(project.flags).toContain('PROJECT_NOT_IN_ANNEX');
      expect(project.actions).toEqual([]);
    }
  });

  it('reports the plan with the 32 axes the text states next to the 36 its tables list', async () => {
    const { data } = await viewer.graphql<{ plan: Record<string, unknown> }>(
      '{ plan { pillarCount axisCount projectCount actionCount statedAxisCount statedProjectCount facts { key source { fromLine } } } }',
    );
    expect(data!.plan).toMatchObject({ pillarCount: 5, axisCount: 36, projectCount: 126, actionCount: 333, statedAxisCount: 32, statedProjectCount: 126 });
    expect(data!.plan.facts).toContainEqual({ key: 'stated-axis-count', source: { fromLine: 1039 } });
  });

  it('links every action to the organisations its printed owner and partner names resolve to', async () => {
    const rows = await queryDatabase<{ ref: string; role: string; key: string }>(
      testApp.databaseUrl,
      `SELECT a.ref, ao.role, o.key FROM action_organisation ao JOIN action a ON a.id = ao.action_id JOIN organisation o ON o.id = ao.organisation_id`,
    );
    const loaded = new Map<string, string[]>();
    for (const row of rows) loaded.set(`${row.ref}|${row.role}`, [...(loaded.get(`${row.ref}|${row.role}`) ?? []), row.key].sort());
    for (const { ref, action } of fileActions) {
      expect(keysOf(action.owners), `${ref} owners`).not.toContain(undefined);
      expect(loaded.get(`${ref}|OWNER`) ?? [], `${ref} owners`).toEqual(keysOf(action.owners));
      expect(loaded.get(`${ref}|PARTNER`) ?? [], `${ref} partners`).toEqual(keysOf(action.partners));
    }
  });

  it('interprets every deadline into a kind, as the domain rule reads the printed text', async () => {
    const rows = await queryDatabase<{
      ref: string;
      deadline_raw: string | null;
      deadline_kind: string;
      deadline_year: number | null;
      deadline_end_year: number | null;
    }>(testApp.databaseUrl, 'SELECT ref, deadline_raw, deadline_kind, deadline_year, deadline_end_year FROM action');
    expect(rows).toHaveLength(333);
    const byRef = new Map(rows.map((row) => [row.ref, row]));
    for (const { ref, action } of fileActions) {
      const row = byRef.get(ref)!;
      expect(row.deadline_raw, ref).toBe(action.deadline);
      expect(['YEAR', 'RANGE', 'FROM_YEAR', 'CONTINUOUS', 'ANNUAL', 'TBD'], ref).toContain(row.deadline_kind);
      if (action.deadline && normaliseForComparison(action.deadline) !== 'idem') {
        const parsed = parseDeadline(action.deadline);
        expect({ kind: row.deadline_kind, year: row.deadline_year, endYear: row.deadline_end_year }, ref).toEqual({
          kind: parsed.kind,
          year: parsed.year,
          endYear: parsed.endYear,
        });
      }
    }
    const idem = rows.find((row) => row.ref === '5-1.1.2')!;
    expect(idem.deadline_raw).toBe('idem');
    expect(idem.deadline_kind).toBe(byRef.get('5-1.1.1')!.deadline_kind);
  });

  it('lists in docs/seed-provenance.md every action that has no owner', async () => {
    const orphans = await queryDatabase<{ ref: string }>(
      testApp.databaseUrl,
      `SELECT ref FROM action a WHERE NOT EXISTS (SELECT 1 FROM action_organisation ao WHERE ao.action_id = a.id AND ao.role = 'OWNER') ORDER BY ref`,
    );
    const provenance = readFileSync(resolve(__dirname, '../../../docs/seed-provenance.md'), 'utf8');
    expect(orphans.length).toBeGreaterThan(0);
    for (const { ref } of orphans) expect(provenance, `${ref} is not listed as a gap`).toContain(ref);
    expect(orphans.map((o) => o.ref)).toEqual(
      fileActions
        .filter((a) => a.action.owners.length === 0)
        .map((a) => a.ref)
        .sort(),
    );
  });

  it('answers the action contract: deadline, owners, partners, indicators and source lines', async () => {
    const { data, errors } = await viewer.graphql<{ action: Record<string, unknown> }>(`{
      action(ref: "1-2.1.1") { ref code title deadline { raw kind year endYear dueDate }
        owners { name acronym } partners { name acronym } indicators { label } source { fromLine toLine } }
    }`);
    expect(errors).toBeUndefined();
    const file = fileActions.find((a) => a.ref === '1-2.1.1')!.action;
    const parsed = parseDeadline(file.deadline);
    expect(data!.action).toMatchObject({
      ref: '1-2.1.1',
      code: '2.1.1',
      title: file.title,
      deadline: { raw: file.deadline, kind: parsed.kind, year: parsed.year, endYear: parsed.endYear },
      indicators: file.indicators.map(({ label }) => ({ label })),
      source: file.source,
    });
    expect((data!.action.owners as unknown[]).length).toBe(keysOf(file.owners).length);
  });

  it('counts, per organisation, the actions it owns and partners, as the seed files say', async () => {
    const { data } = await viewer.graphql<{ organisations: { key: string; kind: string; ownedActionCount: number; partnerActionCount: number }[] }>(
      '{ organisations { key name acronym kind ownedActionCount partnerActionCount } }',
    );
    expect(data!.organisations).toHaveLength(organisations.length);
    const imanor = data!.organisations.find((o) => o.key === 'imanor')!;
    expect(imanor.ownedActionCount).toBe(fileActions.filter((a) => keysOf(a.action.owners).includes('imanor')).length);
    expect(imanor.partnerActionCount).toBe(fileActions.filter((a) => keysOf(a.action.partners).includes('imanor')).length);
    expect(imanor.ownedActionCount).toBeGreaterThan(50);
    expect(data!.organisations.filter((o) => o.kind === 'GENERIC_GROUP').length).toBeGreaterThan(0);
  });

  it('serves the national quality-infrastructure figures with their dates and sources', async () => {
    const { data } = await viewer.graphql<{
      nationalIndicators: { key: string; values: { date: string; value: number; qualifier: string; sourceFile: string }[] }[];
    }>('{ nationalIndicators { key values { date value qualifier kind sourceFile source { fromLine toLine } quote } } }');
    const standards = data!.nationalIndicators.find((i) => i.key === 'moroccan-standards-in-force')!;
    expect(standards.values).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2023-09-30', value: 17000, qualifier: 'MORE_THAN', sourceFile: '002_29c6ca951ec700f7.txt' }),
        expect.objectContaining({ date: '2024-12-31', value: 18000, qualifier: 'MORE_THAN', sourceFile: '000_2bcaff4b9b5646a0.txt' }),
      ]),
    );
    const accredited = data!.nationalIndicators.find((i) => i.key === 'accredited-bodies')!;
    expect(accredited.values.map((v) => v.value)).toContain(178);
  });

  it('changes nothing when applied again, and leaves an admin-edited action alone', async () => {
    const fingerprint = async () =>
      queryDatabase<{ table: string; digest: string }>(
        testApp.databaseUrl,
        `SELECT 'action' AS table, md5(string_agg(a::text, '|' ORDER BY id)) AS digest FROM action a
         UNION ALL SELECT 'project', md5(string_agg(p::text, '|' ORDER BY id)) FROM project p
         UNION ALL SELECT 'organisation', md5(string_agg(o::text, '|' ORDER BY id)) FROM organisation o
         UNION ALL SELECT 'action_organisation', md5(string_agg(x::text, '|' ORDER BY action_id, role, organisation_id)) FROM action_organisation x
         UNION ALL SELECT 'indicator', md5(string_agg(i::text, '|' ORDER BY id)) FROM indicator i
         UNION ALL SELECT 'national_indicator_value', md5(string_agg(v::text, '|' ORDER BY id)) FROM national_indicator_value v`,
      );
    const before = await fingerprint();
    const seedService = testApp.app.get(SeedService);
    await seedService.apply(readSeedBundle(SEED_DIR));
    expect(await fingerprint()).toEqual(before);

    await queryDatabase(testApp.databaseUrl, `UPDATE action SET title = 'Titre corrigé par le secrétariat', edited_at = now() WHERE ref = '3-1.1.1'`);
    await seedService.apply(readSeedBundle(SEED_DIR));
    const [edited] = await queryDatabase<{ title: string }>(testApp.databaseUrl, `SELECT title FROM action WHERE ref = '3-1.1.1'`);
    expect(edited.title).toBe('Titre corrigé par le secrétariat');
  });
});
