import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SeedAction, SeedPillar, SeedProject } from '../../src/modules/seed/seed-files';

export const SEED_DIR = resolve(__dirname, '../../../../seed');
export const SOURCE_FILE = resolve(__dirname, '../../../../seed/source/002_29c6ca951ec700f7.txt');

/** The pillar files read straight from disk, independently of the loader. */
export function readPillarFiles(): SeedPillar[] {
  return readdirSync(join(SEED_DIR, 'plan'))
    .filter((name) => /^pillar-\d\.json$/.test(name))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(SEED_DIR, 'plan', name), 'utf8')) as SeedPillar);
}

export interface FlatAction {
  ref: string;
  pillar: number;
  project: SeedProject;
  action: SeedAction;
}

export function flattenActions(pillars: SeedPillar[]): FlatAction[] {
  return pillars.flatMap((pillar) =>
    pillar.axes.flatMap((axis) =>
      axis.projects.flatMap((project) => project.actions.map((action) => ({ ref: `${pillar.pillar}-${action.code}`, pillar: pillar.pillar, project, action }))),
    ),
  );
}

/**
 * Whether every word of `text` appears, in order, in the given source lines once all white space is
 * removed (so a word broken over two lines, "Responsab / le", still matches), a word being allowed to
 * come in two pieces with another cell's text printed between them ("interprofessionn … elles").
 */
export function appearsInOrder(text: string, sourceBlock: string): boolean {
  const haystack = sourceBlock.replace(/\s+/g, '');
  let position = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const end = findWord(haystack, word, position);
    if (end < 0) return false;
    position = end;
  }
  return true;
}

/**
 * How many times `text` is printed in `sourceBlock`, read as `appearsInOrder` does, each time within a stretch at most
 * `slack` characters longer than the text itself (another cell's words may be printed in between, not another row).
 */
export function countPrinted(text: string, sourceBlock: string, slack = 150): number {
  const haystack = sourceBlock.replace(/\s+/g, '');
  const words = text.split(/\s+/).filter(Boolean);
  const length = words.join('').length;
  let count = 0;
  for (let start = haystack.indexOf(words[0] ?? ''); words.length > 0 && start >= 0; start = haystack.indexOf(words[0], start + 1)) {
    let position = start;
    for (const word of words) {
      position = position < 0 ? -1 : findWord(haystack, word, position);
    }
    if (position >= 0 && position - start <= length + slack) {
      count++;
      start = position - 1;
    }
  }
  return count;
}

/** The position after `word` found from `from`, whole or as two in-order pieces; -1 when absent. */
function findWord(haystack: string, word: string, from: number): number {
  const whole = haystack.indexOf(word, from);
  if (whole >= 0) return whole + word.length;
  for (let cut = 3; cut <= word.length - 2; cut++) {
    const head = haystack.indexOf(word.slice(0, cut), from);
    if (head < 0) continue;
    const tail = haystack.indexOf(word.slice(cut), head + cut);
    if (tail >= 0) return tail + word.length - cut;
  }
  return -1;
}
