import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedOrganisation } from '../src/modules/seed/seed-files';
import { appPerSuite } from './support/app-per-suite';
import { actionsNaming, OrganisationIndex } from './support/seed-party-rules';
import { flattenActions, readPillarFiles, SEED_DIR } from './support/seed-source';

/**
 * A ministry's units (SEMAC, DQSE, DAJC …) are printed alone, with their ministry (« MIC (DQSE) », « MCI : Entité
 * chargée de l’accréditation ») or beside another body (« IMANOR/DQSE »): every form links to the unit's own record,
 * so its page (scorecard) and its editors' rights cover all of its actions.
 */
const fileActions = flattenActions(readPillarFiles());
const organisations = JSON.parse(readFileSync(join(SEED_DIR, 'organisations.json'), 'utf8')) as SeedOrganisation[];
const index = new OrganisationIndex(organisations);
const units = organisations.filter((organisation) => organisation.partOf);

const UPDATE_STATUS = 'mutation ($i: UpdateActionStatusInput!) { updateActionStatus(input: $i) { ref status progress version } }';

describe('ministry units, found from their own record', () => {
  const suite = appPerSuite('viewer@pnq.local');

  const versionOf = async (ref: string) =>
    (await suite.client.graphql<{ action: { version: number } }>(`{ action(ref: "${ref}") { version } }`)).data!.action.version;
  const updateAs = async (email: string, ref: string) => {
    const editor = await suite.testApp.signIn(email);
    return editor.graphql<{ updateActionStatus: { ref: string; status: string } }>(UPDATE_STATUS, {
      i: { ref, status: 'IN_PROGRESS', progress: 20, comment: 'Liste en cours', effectiveDate: '2025-03-01', expectedVersion: await versionOf(ref) },
    });
  };

  it('lets the SEMAC’s editor update 4-4.1.1, printed « MCI : Entité chargée de l’accréditation / DQSE »', async () => {
    const { data } = await suite.client.graphql<{ action: { owners: { key: string }[] } }>('{ action(ref: "4-4.1.1") { owners { key } } }');
    expect(data!.action.owners.map((o) => o.key).sort()).toEqual(['dqse', 'semac']);
    const { data: updated, errors } = await updateAs('semac@pnq.local', '4-4.1.1');
    expect(errors).toBeUndefined();
    expect(updated!.updateActionStatus).toMatchObject({ ref: '4-4.1.1', status: 'IN_PROGRESS' });
  });

  it('lets the DQSE’s editor update the actions printed « MIC (DQSE) » and « IMANOR/DQSE »', async () => {
    for (const ref of ['4-6.5.1', '1-6.1.1']) {
      const { errors } = await updateAs('dqse@pnq.local', ref);
      expect(errors, ref).toBeUndefined();
    }
  });

  it.each(units.map((unit) => [unit.key] as const))('lists on the %s page every action whose cells name it, owned or as partner', async (key) => {
    const named = actionsNaming(fileActions, index, key);
    const expected = (role: string) =>
      [...named]
        .filter(([, r]) => r === role)
        .map(([ref]) => ref)
        .sort();
    const { data } = await suite.client.graphql<{
      myActions: { ref: string }[];
      actions: { ref: string }[];
      organisation: { ownedActionCount: number; partnerActionCount: number };
    }>(
      `{ myActions(organisationKey: "${key}") { ref } actions(filter: { partner: "${key}" }) { ref } organisation(key: "${key}") { ownedActionCount partnerActionCount } }`,
    );
    const owned = data!.myActions.map((a) => a.ref).sort();
    expect(owned).toEqual(expected('owners'));
    expect(
      data!.actions
        .map((a) => a.ref)
        .filter((ref) => !owned.includes(ref))
        .sort(),
    ).toEqual(expected('partners'));
    expect(data!.organisation.ownedActionCount).toBe(owned.length);
    if (key === 'dqse') expect(owned).toEqual(expect.arrayContaining(['1-6.1.1', '4-4.1.1', '4-6.5.1', '4-6.6.3', '5-1.2.1']));
  });
});
