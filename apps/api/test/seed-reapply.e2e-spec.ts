import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedBundle, SeedAction, SeedOrganisation, SeedPillar } from '../src/modules/seed/seed-files';
import { SeedService } from '../src/modules/seed/seed.service';
import { SEED_DIR } from './support/seed-source';
import { GraphqlClient, startTestApp, TestApp } from './support/test-app';

/** The rows and records issue 22 corrected, as the files had them before (apps/api/test/fixtures). */
interface EarlierReading {
  actions: Record<string, Pick<SeedAction, 'owners' | 'partners' | 'indicators' | 'deadline'>>;
  organisations: SeedOrganisation[];
  addedOrganisations: string[];
}
const earlier = JSON.parse(readFileSync(join(__dirname, 'fixtures/seed-before-issue-22.json'), 'utf8')) as EarlierReading;

/** A copy of seed/ with the corrected rows and records put back as they were. */
function writeEarlierSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pnq-seed-before-'));
  cpSync(SEED_DIR, dir, { recursive: true });
  for (const number of [1, 2, 3, 4, 5]) {
    const file = join(dir, 'plan', `pillar-${number}.json`);
    const pillar = JSON.parse(readFileSync(file, 'utf8')) as SeedPillar;
    for (const action of pillar.axes.flatMap((axis) => axis.projects.flatMap((project) => project.actions))) {
      const before = earlier.actions[`${number}-${action.code}`];
      if (before) Object.assign(action, before, { copiedFrom: undefined, flags: [] });
    }
    writeFileSync(file, JSON.stringify(pillar));
  }
  const file = join(dir, 'organisations.json');
  const current = JSON.parse(readFileSync(file, 'utf8')) as SeedOrganisation[];
  const restored = current
    .filter((organisation) => !earlier.addedOrganisations.includes(organisation.key))
    .map((organisation) => earlier.organisations.find((before) => before.key === organisation.key) ?? organisation);
  writeFileSync(file, JSON.stringify(restored));
  return dir;
}

const ACTION = `query ($ref: String!) { action(ref: $ref) { title version status progress owners { key } partners { key }
  history { status progress comment author { name organisation { key } } } indicators { id label values { value } } } }`;
interface ServedAction {
  title: string;
  version: number;
  status: string;
  progress: number;
  owners: { key: string }[];
  partners: { key: string }[];
  history: { status: string; progress: number; comment: string; author: { name: string; organisation: { key: string } | null } | null }[];
  indicators: { id: string; label: string; values: { value: number | null }[] }[];
}
const keys = (organisations: { key: string }[]) => organisations.map((o) => o.key).sort();

describe('re-seeding a database loaded with the earlier files', () => {
  let earlierDir: string;
  let testApp: TestApp;
  let admin: GraphqlClient;
  const action = async (ref: string) => (await admin.graphql<{ action: ServedAction }>(ACTION, { ref })).data!.action;
  const updateStatus = async (email: string, ref: string, progress: number) =>
    (await testApp.signIn(email)).graphql('mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { version } }', {
      i: {
        ref,
        status: 'IN_PROGRESS',
        progress,
        comment: `Avancement ${progress} %`,
        effectiveDate: '2025-04-01',
        expectedVersion: (await action(ref)).version,
      },
    });

  beforeAll(async () => {
    earlierDir = writeEarlierSeed();
    testApp = await startTestApp({ config: { seedDir: earlierDir } });
    admin = await testApp.signIn('admin@pnq.local');

    // Tracking entered on the earlier links: the MIC updates 4-4.1.1, IMANOR updates 1-6.2.2 and records a value on
    // the indicator the corrected files no longer copy into it; the secretariat edits 2-6.1.6 by hand.
    expect((await updateStatus('mic@pnq.local', '4-4.1.1', 30)).errors).toBeUndefined();
    expect((await updateStatus('imanor@pnq.local', '1-6.2.2', 40)).errors).toBeUndefined();
    const [indicator] = (await action('1-6.2.2')).indicators;
    const imanor = await testApp.signIn('imanor@pnq.local');
    const recorded = await imanor.graphql('mutation ($i: RecordIndicatorValueInput!) { recordIndicatorValue(input: $i) { id } }', {
      i: { indicatorId: Number(indicator.id), date: '2025-03-31', value: 3, comment: 'Trois normes au T1', expectedVersion: 0 },
    });
    expect(recorded.errors).toBeUndefined();
    const edited = await admin.graphql(
      'mutation { updateActionDefinition(input: { ref: "2-6.1.6", title: "Supports de vulgarisation (titre revu)" }) { ref } }',
    );
    expect(edited.errors).toBeUndefined();
    expect(keys((await action('4-4.1.1')).owners)).toEqual(['dqse', 'mic']);

    await testApp.app.get(SeedService).apply(readSeedBundle(SEED_DIR));
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(earlierDir, { recursive: true, force: true });
  });

  it('moves the corrected links and removes the ones the files no longer list', async () => {
    expect(keys((await action('4-4.1.1')).owners)).toEqual(['dqse', 'semac']);
    expect(keys((await action('1-6.1.1')).owners)).toEqual(['dqse', 'imanor']);
    expect(keys((await action('4-6.5.1')).owners)).toEqual(['dqse']);
    expect(keys((await action('1-6.3.1')).partners)).not.toContain('generic-toutes-parties-prenantes');
    expect(keys((await action('3-3.3.2')).owners)).toEqual(['mic']);
  });

  it('keeps the status history entered before, and gives the rights to the new owner', async () => {
    const corrected = await action('4-4.1.1');
    expect(corrected).toMatchObject({ status: 'IN_PROGRESS', progress: 30 });
    expect(corrected.history).toContainEqual(
      expect.objectContaining({ progress: 30, comment: 'Avancement 30 %', author: expect.objectContaining({ organisation: { key: 'mic' } }) as unknown }),
    );
    expect((await updateStatus('mic@pnq.local', '4-4.1.1', 35)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await updateStatus('semac@pnq.local', '4-4.1.1', 50)).errors).toBeUndefined();
  });

  it('keeps an indicator that has recorded values, even when the files no longer list it', async () => {
    const { indicators, progress } = await action('1-6.2.2');
    expect(progress).toBe(40);
    expect(indicators).toHaveLength(1);
    expect(indicators[0].values).toEqual([{ value: 3 }]);
  });

  it('leaves the action an admin edited as it was, links included', async () => {
    const edited = await action('2-6.1.6');
    expect(edited.title).toBe('Supports de vulgarisation (titre revu)');
    expect(keys(edited.partners)).not.toContain('chambres-agriculture');
    expect(keys(edited.partners)).toContain('ccis');
  });
});
