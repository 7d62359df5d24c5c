import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/test-app';

const MODULES_ROOT = join(__dirname, '../src/modules');
const ARCHITECTURE = join(REPO_ROOT, 'docs/architecture.md');

/**
 * The layer of each module as docs/architecture.md says it: the layer table (| 3 — owners | `tracking`, … |), then the
 * modules the paragraph under it places ("`financing` … is an owner of layer 3", "… sits with the jobs of layer 5").
 */
function documentedLayers(): Map<string, number> {
  const text = readFileSync(ARCHITECTURE, 'utf8');
  const section = text.split(/^Modules depend downwards only/m)[1]?.split(/^Each module has the same shape/m)[0] ?? '';
  const layers = new Map<string, number>();
  for (const line of section.split('\n').filter((l) => /^\|\s*\d/.test(l))) {
    const [layer, modules] = line.split('|').slice(1, 3);
    for (const [, name] of modules.matchAll(/`([a-z-]+)`/g)) layers.set(name, Number(layer.trim()[0]));
  }
  for (const [, name, layer] of section.matchAll(/`([a-z-]+)`[^.;`]*?\blayer (\d)/g)) if (!layers.has(name)) layers.set(name, Number(layer));
  return layers;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** For each module folder, the other modules its files import (relative imports that land in another module folder). */
function moduleImports(): Map<string, Set<string>> {
  const imports = new Map<string, Set<string>>();
  for (const module of readdirSync(MODULES_ROOT)) {
    const targets = new Set<string>();
    for (const file of sourceFiles(join(MODULES_ROOT, module))) {
      for (const [, path] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = relative(MODULES_ROOT, normalize(join(dirname(file), path))).split(sep)[0];
        if (target !== module && !target.startsWith('..')) targets.add(target);
      }
    }
    imports.set(module, targets);
  }
  return imports;
}

describe('module layers (docs/architecture.md)', () => {
  const layers = documentedLayers();
  const imports = moduleImports();

  it('places every module folder in a layer', () => {
    expect([...imports.keys()].filter((module) => !layers.has(module))).toEqual([]);
  });

  it('has every module import only modules of its layer or below', () => {
    const upward = [...imports].flatMap(([module, targets]) =>
      [...targets]
        .filter((target) => (layers.get(target) ?? 99) > (layers.get(module) ?? -1))
        .map((target) => `${module} (${layers.get(module)}) → ${target} (${layers.get(target)})`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const cycles: string[] = [];
    const visit = (module: string, path: string[]) => {
      for (const target of imports.get(module) ?? []) {
        if (path.includes(target)) cycles.push([...path.slice(path.indexOf(target)), target].join(' → '));
        else visit(target, [...path, target]);
      }
    };
    for (const module of imports.keys()) visit(module, [module]);
    expect(cycles).toEqual([]);
  });
});
