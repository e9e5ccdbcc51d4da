/**
 * The import direction is the architecture: app → pipeline → stages → lib/core, adapters → core.
 * This test reads every source file's imports and fails on a forbidden edge.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** "stages/reuse", "core", "lib", "pipeline", "adapters/store-sqlite", "app/cli" ... */
function layerOf(file: string): { layer: string; unit: string } {
  const parts = relative(SRC, file).split(sep);
  const layer = parts[0]!;
  return { layer, unit: parts.length > 2 ? `${layer}/${parts[1]}` : layer };
}

const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  lib: ['lib', 'core'],
  stages: ['stages', 'lib', 'core'],
  pipeline: ['pipeline', 'stages', 'lib', 'core'],
  adapters: ['adapters', 'lib', 'core'],
  app: ['app', 'pipeline', 'adapters', 'stages', 'lib', 'core'],
};

describe('architecture', () => {
  it('keeps every import inside the layers it may depend on, and stages out of each other', () => {
    const violations: string[] = [];
    for (const file of files(SRC)) {
      const from = layerOf(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)) {
        const target = resolve(dirname(file), m[1]!);
        if (!target.startsWith(SRC)) continue;
        const to = layerOf(target);
        const allowed = ALLOWED[from.layer] ?? [];
        if (!allowed.includes(to.layer)) violations.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
        else if (from.layer === 'stages' && to.layer === 'stages' && from.unit !== to.unit) violations.push(`${relative(SRC, file)} → ${relative(SRC, target)} (stage into another stage)`);
      }
    }
    assert.deepEqual(violations, []);
  });
});
