/**
 * One-off: classifies every action indicator of seed/plan/pillar-*.json with the rules of
 * libs/domain/src/indicator/classify-indicator.ts and writes the result into the same files,
 * so a person can review and correct single entries. Run: `npx jiti tools/classify-indicators.ts [--check]`.
 *
 * Indicators already classified (objects) are left as they are, so corrections by hand survive a re-run;
 * --check prints the counts without writing. The ambiguous ones are listed in seed/notes/indicators.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SeedIndicator as ClassifiedSeedIndicator } from '../apps/api/src/modules/seed/seed-files';
import { classifyIndicator } from '../libs/domain/src/indicator/classify-indicator';

const planDir = resolve(__dirname, '../seed/plan');
const check = process.argv.includes('--check');
const counts = { MILESTONE: 0, QUANTITATIVE: 0, AMBIGUOUS: 0, targets: 0 };
const ambiguous: string[] = [];

for (const file of readdirSync(planDir)
  .filter((name) => /^pillar-\d+\.json$/.test(name))
  .sort()) {
  const path = join(planDir, file);
  const pillar = JSON.parse(readFileSync(path, 'utf8'));
  for (const axis of pillar.axes) {
    for (const project of axis.projects) {
      for (const action of project.actions) {
        action.indicators = action.indicators.map((indicator: string | ClassifiedSeedIndicator, index: number) => {
          const entry = typeof indicator === 'string' ? toSeedEntry(indicator) : indicator;
          const ref = `${pillar.pillar}-${action.code}#${index + 1}`;
          if (entry.classification === 'AMBIGUOUS') {
            counts.AMBIGUOUS++;
            ambiguous.push(`| ${ref} | ${entry.label} | ${entry.kind} | ${entry.rule ?? ''} |`);
          } else counts[entry.kind]++;
          if (entry.target !== undefined) counts.targets++;
          return entry;
        });
      }
    }
  }
  if (!check) writeFileSync(path, `${JSON.stringify(pillar, null, 2)}\n`);
}

console.log(JSON.stringify(counts));
console.log(ambiguous.join('\n'));

/** The seed entry: an ambiguous indicator is given the kind a person would most likely choose (a milestone) and flagged. */
function toSeedEntry(label: string): ClassifiedSeedIndicator {
  const c = classifyIndicator(label);
  const entry: ClassifiedSeedIndicator = { label, kind: c.classification === 'QUANTITATIVE' ? 'QUANTITATIVE' : 'MILESTONE' };
  if (c.classification === 'AMBIGUOUS') Object.assign(entry, { classification: 'AMBIGUOUS', rule: c.rule });
  if (c.classification !== 'QUANTITATIVE') return entry;
  entry.unit = c.unit ?? undefined;
  if (c.baseline !== null) entry.baseline = c.baseline;
  if (c.baselineDate !== null) entry.baselineDate = c.baselineDate;
  if (c.target !== null) entry.target = c.target;
  if (c.targetYear !== null) entry.targetYear = c.targetYear;
  if (c.trajectory === 'LEVEL') entry.trajectory = 'LEVEL';
  return entry;
}
