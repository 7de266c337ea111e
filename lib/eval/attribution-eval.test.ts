import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled-catalog';
import { createCatalogLookup } from '../catalog/catalog-lookup';
import { defaultLookup } from '../catalog/default-lookup';
import { evaluateAttribution } from './attribution-eval';
import { heldOutSchema } from './attribution-held-out';

const set = heldOutSchema.parse(JSON.parse(readFileSync('tests/eval/attribution/held-out.json', 'utf8')));

describe('attribution on the held-out test split (npm run eval:attribution)', () => {
  it('holds at least 120 contracts and 25 no-dApp events, split dev/test', () => {
    expect(set.contracts.length).toBeGreaterThanOrEqual(120);
    expect(set.noDapp.length).toBeGreaterThanOrEqual(25);
    expect(set.contracts.filter((c) => c.split === 'test').length).toBeGreaterThan(50);
  });

  it('attributes contracts the hand list lacks through the generated data, without claiming events of no dApp', () => {
    const scores = evaluateAttribution(defaultLookup(), set, 'test');
    expect(scores.contracts.accuracy).toBeGreaterThanOrEqual(0.3);
    expect(scores.noDapp.rate).toBe(1);
  });

  it('is better than the hand-curated list alone', () => {
    const hand = evaluateAttribution(createCatalogLookup(bundledCatalog().dapps), set, 'test');
    expect(evaluateAttribution(defaultLookup(), set, 'test').contracts.correct).toBeGreaterThan(hand.contracts.correct);
  });
});
