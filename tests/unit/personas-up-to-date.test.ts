import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personaFiles } from '../eval/personas/build-personas';

// The personas call the catalog's contracts; a catalog change must be followed by a rebuild
// (npx tsx tests/eval/personas/build-personas.ts), or the evaluation silently measures stale calls.
describe('evaluation personas', () => {
  it('are exactly what the builder makes from the current catalog', () => {
    for (const [name, text] of personaFiles()) expect(readFileSync(join('tests/eval/personas', name), 'utf8'), name).toBe(text);
  });
});
