import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { dappSchema } from '../../lib/catalog/dapp-schema';
import { hasBidiControls, impersonatedDapp } from '../../lib/catalog/import/impersonation';
import { importDefiLlama } from '../../lib/storage/catalog-imports';
import { openDb } from '../../lib/storage/schema';
import { FUZZ_RUNS } from './fuzz-runs';
import { hostileValue, jsonText } from './hostile-values';

const db = openDb('fuzz-catalog-' + Math.random());
afterAll(() => db.delete());

const known = bundledCatalog().dapps;
const BIDI = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u061C'];
const FAIR = 'A protocol that does many useful things for its users on chain.';
const withBidi = fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...BIDI), fc.string({ maxLength: 8 })).map(([a, c, b]) => `${a}${c}${b}`);
/** A DefiLlama /protocols entry, its fields fair or hostile: a known dApp's name on another site, direction controls, prototype keys. */
const protocol = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...known.slice(0, 40).map((d) => d.name)), fc.constantFrom('Fine Protocol', 'Another Lender'), withBidi, fc.string(), hostileValue),
    url: fc.oneof(fc.constantFrom('https://uniswap-claim.example', 'https://fine-protocol.example', 'http://plain.example', 'javascript:alert(1)', 'https://app.uniswap.org'), fc.webUrl(), hostileValue),
    category: fc.oneof(fc.constantFrom('Dexs', 'Lending', 'Yield', 'Bridge', 'CEX'), hostileValue),
    chains: fc.oneof(fc.array(fc.constantFrom('Ethereum', 'Arbitrum', 'Base', 'Nowhere'), { maxLength: 3 }), hostileValue),
    description: fc.oneof(fc.constant(FAIR), withBidi, fc.string(), hostileValue),
    slug: fc.oneof(fc.constantFrom('uniswap', 'fine-protocol', '__proto__', 'constructor'), fc.string()),
    __proto__: hostileValue,
    constructor: hostileValue,
  },
  { requiredKeys: [] },
);
/** Well-formed but for one thing: a known dApp's name on another site, or direction controls in its text. */
const impostor = fc.record({
  name: fc.oneof(fc.constantFrom(...known.slice(0, 40).map((d) => d.name)), withBidi.map((n) => `Fine ${n}`)),
  url: fc.constantFrom('https://uniswap-claim.example', 'https://airdrop-claim.example', 'https://fine-protocol.example'),
  slug: fc.constantFrom('uniswap-claim', 'airdrop-claim', 'fine-protocol'),
  category: fc.constantFrom('Dexs', 'Lending'),
  chains: fc.constant(['Ethereum']),
  description: fc.oneof(fc.constant(FAIR), withBidi.map((b) => FAIR + b)),
});
const file = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: protocol }, { weight: 2, arbitrary: impostor }, hostileValue), { maxLength: 8 }).map(jsonText) },
  { weight: 1, arbitrary: fc.oneof(fc.string(), fc.json(), hostileValue.map(jsonText)) },
);

const stored = async () => JSON.stringify(await db.catalogImports.orderBy('id').toArray());
const DESIGNED = /^(not valid JSON: |expected DefiLlama’s \/protocols list)/;

describe('catalog import fuzzing', () => {
  it('hostile catalog files: refused entries are counted and never stored, what was stored stays, and nothing stored claims a known name or carries direction controls', async () => {
    await importDefiLlama(db, JSON.stringify([{ name: 'Fine Protocol', url: 'https://fine-protocol.example', category: 'Dexs', chains: ['Ethereum'], description: 'A protocol that does many useful things for its users on chain.' }]));
    const seeded = await db.catalogImports.toArray();
    expect(seeded).toHaveLength(1);
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const before = await stored();
        const beforeIds = new Set((await db.catalogImports.toArray()).map((d) => d.id));
        let result;
        try {
          result = await importDefiLlama(db, text);
        } catch (error) {
          expect((error as Error).message).toMatch(DESIGNED);
          expect(await stored()).toBe(before);
          return;
        }
        const entries = Array.isArray(JSON.parse(text)) ? (JSON.parse(text) as unknown[]).length : 0;
        const dropped = Object.values(result.dropped).reduce((n: number, c) => n + (c ?? 0), 0);
        // Every entry is accounted for: added, matched to one already known, or dropped with a reason.
        expect(result.added.length + result.matched.length + dropped).toBeGreaterThanOrEqual(entries);
        const after = await db.catalogImports.toArray();
        // Earlier imports stay (an entry may be replaced only by the same id coming again).
        for (const id of beforeIds) expect(after.some((d) => d.id === id)).toBe(true);
        for (const d of after) {
          expect(dappSchema.safeParse(d).success).toBe(true);
          expect(hasBidiControls(d)).toBe(false);
          expect(impersonatedDapp(d, known)).toBeUndefined();
          expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
        }
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 4) },
    );
    expect(await db.catalogImports.get(seeded[0]!.id)).toEqual(seeded[0]);
  });
});
