import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeedOrganisation } from '../src/modules/seed/seed-files';
import { copyDeclarationProblems, mergedCellRuleProblems, missingFlagProblems, undeclaredCopies } from './support/seed-cell-rules';
import { cellsNamingTwoBodies, listHeadingsKeptAsEntries, listPhrasesMissingBodies, OrganisationIndex } from './support/seed-party-rules';
import { flattenActions, readPillarFiles, SEED_DIR, SOURCE_FILE } from './support/seed-source';

/**
 * Each reading rule of docs/seed-provenance.md §2, checked over all 333 actions rather than on the rows where it was
 * first found wrong: a rule applied in one pillar and not in another fails here.
 */
const actions = flattenActions(readPillarFiles());
const organisations = JSON.parse(readFileSync(join(SEED_DIR, 'organisations.json'), 'utf8')) as SeedOrganisation[];
const index = new OrganisationIndex(organisations);
const sourceLines = readFileSync(SOURCE_FILE, 'utf8').split('\n');
const blockOf = (from: number, to: number) => sourceLines.slice(from - 1, to).join('\n');

describe('the reading rules, applied over the whole plan', () => {
  it('splits every owner or partner cell that names two bodies (« IMANOR/DQSE ») into one entry per body', () => {
    expect(cellsNamingTwoBodies(actions, index).split).toEqual([]);
  });

  it('links a ministry printed with one of its own units (« MCI : Entité chargée de l’accréditation », « MIC (DQSE) ») to the unit', () => {
    expect(cellsNamingTwoBodies(actions, index).unit).toEqual([]);
  });

  it('records which ministry each unit belongs to, with a ministry that exists', () => {
    const keys = new Map(organisations.map((o) => [o.key, o]));
    const units = organisations.filter((o) => o.partOf);
    expect(units.map((o) => o.key)).toEqual(expect.arrayContaining(['semac', 'dqse', 'dajc']));
    for (const unit of units) expect(keys.get(unit.partOf!)?.kind, unit.key).toBe('MINISTRY');
  });

  it('links a list phrase that shares one head noun (« Chambres de commerce …, d’agriculture … et d’artisanat ») to every body it names', () => {
    expect(listPhrasesMissingBodies(actions, index)).toEqual([]);
  });

  it('never keeps a list heading (« Toutes les parties prenantes : ») as an owner or partner', () => {
    expect(listHeadingsKeptAsEntries(actions, blockOf)).toEqual([]);
  });

  it('says, for every cell printed once and read in several rows, which row each copy was read from, and flags it', () => {
    expect(undeclaredCopies(actions, blockOf)).toEqual([]);
    expect(copyDeclarationProblems(actions)).toEqual([]);
  });

  it('reads blank cells by one rule: title-only rows share every cell, rows without a party share the parties, nothing else is copied', () => {
    expect(mergedCellRuleProblems(actions)).toEqual([]);
  });

  it('flags exactly the empty cells as missing', () => {
    expect(missingFlagProblems(actions)).toEqual([]);
  });
});
