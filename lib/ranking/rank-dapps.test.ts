import { encodeFunctionData, parseAbi, parseUnits } from 'viem';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../activity/activity-event';
import { bundledCatalog } from '../catalog/bundled-catalog';
import { createCatalogLookup } from '../catalog/catalog-lookup';
import { embedCatalog } from '../embedding/embed-catalog';
import { memoryEmbeddingStore } from '../embedding/embedding-store';
import type { VectorIndex } from '../embedding/vector-index';
import { nodeEmbedder } from '../../scripts/node-embedder';
import { addEvent } from '../profile/add-event';
import { buildProfile } from '../profile/build-profile';
import { emptyProfile } from '../profile/profile';
import { profileWeights } from '../profile/profile-weights';
import { applyFeedback, noFeedback } from './feedback';
import { rankDapps } from './rank-dapps';
import { RANKING_WEIGHTS } from './ranking-weights';

const { dapps } = bundledCatalog();
const lookup = createCatalogLookup(dapps);
const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const USDC_ARB = '0xaf88d065e77c8cC2239327C5EDb3A432268e5831';
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1);

let event = 0;
const tx = (daysAgo: number, origin: string, chainId: number, to: string, data: `0x${string}`): ActivityEvent => ({
  uid: String(event++), time: T0 - daysAgo * DAY, origin, chainId, method: 'eth_sendTransaction', params: [{ from: USER, to, data, value: '0x0' }], outcome: { status: 'ok' }, source: 'import',
});
const swapOnUniswap = (daysAgo: number) =>
  tx(daysAgo, 'https://app.uniswap.org', 42161, '0xA51afAFe0263b40EdaEf0Df8781eA9aa03E381a3', encodeFunctionData({ abi: parseAbi(['function execute(bytes,bytes[],uint256)']), args: ['0x00', ['0x'], 2_000_000_000n] }));
const supplyOnAave = (daysAgo: number) =>
  tx(daysAgo, 'https://app.aave.com', 42161, '0x794a61358D6845594F94dc1DB02A252b5b4814aD', encodeFunctionData({ abi: parseAbi(['function supply(address,uint256,address,uint16)']), args: [USDC_ARB, parseUnits('500', 6), USER, 0] }));

const history = [swapOnUniswap(30), swapOnUniswap(20), swapOnUniswap(3), supplyOnAave(10), supplyOnAave(2)];

let index: VectorIndex;
// Embedding the catalog takes seconds on a busy machine.
beforeAll(async () => {
  index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), dapps);
}, 60_000);

const rank = (events: ActivityEvent[], feedback = noFeedback(), top = 10) =>
  rankDapps({ dapps, index, profile: buildProfile(lookup, events, 60).profile, feedback, top });

describe('rankDapps', () => {
  it('never recommends a dApp in use and keeps at most 2 of the top 5 in one category', () => {
    const recs = rank(history);
    expect(recs.map((r) => r.id)).not.toContain('uniswap');
    expect(recs.map((r) => r.id)).not.toContain('aave');
    const counts = new Map<string, number>();
    for (const r of recs.slice(0, 5)) counts.set(lookup.byId.get(r.id)!.category, (counts.get(lookup.byId.get(r.id)!.category) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });

  it('prefers dApps on the user’s chain and says why from the evidence', () => {
    const recs = rank(history);
    expect(recs.slice(0, 5).every((r) => lookup.byId.get(r.id)!.chains.includes(42161))).toBe(true);
    const first = recs[0]!.reasons[0]!;
    expect(first.type).toBe('because-you');
    if (first.type === 'because-you') {
      expect(first.dapps.every((id) => ['uniswap', 'aave'].includes(id))).toBe(true);
      expect(first.chain).toBe(42161);
      expect(['swap', 'supply']).toContain(first.action);
    }
  });

  it('names the chain where the user is most active, not the lowest chain id', () => {
    const oneOnEthereum = tx(40, 'https://app.uniswap.org', 1, '0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af', encodeFunctionData({ abi: parseAbi(['function execute(bytes,bytes[],uint256)']), args: ['0x00', ['0x'], 2_000_000_000n] }));
    const recs = rank([oneOnEthereum, ...history]);
    const chains = recs.flatMap((r) => r.reasons.flatMap((x) => (x.type === 'popular-on-chain' ? [{ id: r.id, chain: x.chain }] : [])));
    expect(chains.length).toBeGreaterThan(0);
    for (const { id, chain } of chains) if (lookup.byId.get(id)!.chains.includes(42161)) expect(chain, id).toBe(42161);
  });

  it('gives only true reasons: a pick cites doing something only on dApps of its own category (a lending pick never cites Uniswap)', () => {
    const recs = rank(history, noFeedback(), 20);
    const cites = recs.flatMap((r) => r.reasons.flatMap((x) => (x.type === 'because-you' ? [{ pick: lookup.byId.get(r.id)!, x }] : [])));
    expect(cites.length).toBeGreaterThan(0);
    for (const { pick, x } of cites) {
      for (const id of x.dapps) expect(lookup.byId.get(id)!.category, `${pick.id} cites ${id}`).toBe(pick.category);
      expect(x.action, pick.id).toBe(pick.category === 'lending' ? 'supply' : 'swap');
    }
  });

  it('never recommends a sunset dApp and warns about an exploited one', () => {
    const recs = rankDapps({ dapps, index, profile: buildProfile(lookup, history, 60).profile, feedback: noFeedback(), top: dapps.length });
    expect(recs.map((r) => r.id)).not.toContain('vertex');
    expect(recs.find((r) => r.id === 'radiant')?.reasons[0]).toEqual({ type: 'exploited', date: '2024-10-16' });
  });

  it('updates incrementally to the same profile as a recomputation, in any order', () => {
    const scratch = buildProfile(lookup, history, 60).profile;
    const incremental = emptyProfile(60);
    for (const e of [...buildProfile(lookup, history, 60).enriched].reverse()) addEvent(incremental, lookup, e);
    expect(profileWeights(incremental)).toEqual(profileWeights(scratch));
    expect(incremental.events).toBe(scratch.events);
  });

  it('weights recent activity more: the same actions long ago count less', () => {
    const recentSwaps = buildProfile(lookup, [swapOnUniswap(1), supplyOnAave(200)], 60).profile;
    expect(profileWeights(recentSwaps).categories.dex).toBeGreaterThan(profileWeights(recentSwaps).categories.lending ?? 0);
  });

  it('feedback changes the next ranking at once', () => {
    const before = rank(history).map((r) => r.id);
    const top = before[0]!;
    const topCategory = lookup.byId.get(top)!.category;

    const notInterested = rank(history, applyFeedback(noFeedback(), { kind: 'not-interested', dappId: top })).map((r) => r.id);
    expect(notInterested).not.toContain(top);

    const hidden = rank(history, applyFeedback(noFeedback(), { kind: 'hide-category', category: topCategory }));
    expect(hidden.some((r) => lookup.byId.get(r.id)!.category === topCategory)).toBe(false);

    const already = rank(history, applyFeedback(noFeedback(), { kind: 'already-use', dappId: top })).map((r) => r.id);
    expect(already).not.toContain(top);

    const liked = rank(history, applyFeedback(noFeedback(), { kind: 'like', dappId: 'lido' }));
    expect(liked.map((r) => r.id)).not.toEqual(before);
  });

  it('recommends only dApps on the chains the user chose to consider, for a history elsewhere and for a newcomer', () => {
    const onChosen = (ids: string[], chains: number[]) => ids.every((id) => lookup.byId.get(id)!.chains.some((c) => chains.includes(c)));
    const everywhere = rank(history).map((r) => r.id);
    // The history is on Arbitrum; the user chose to consider only Gnosis and Scroll.
    const chosen = [100, 534352];
    const only = rankDapps({ dapps, index, profile: buildProfile(lookup, history, 60).profile, feedback: noFeedback(), top: 10, chains: chosen }).map((r) => r.id);
    expect(onChosen(everywhere, chosen)).toBe(false);
    expect(only).toHaveLength(10);
    expect(onChosen(only, chosen)).toBe(true);
    const newcomer = rankDapps({ dapps, index, profile: emptyProfile(60), feedback: noFeedback(), top: 5, chains: [59144] }).map((r) => r.id);
    expect(newcomer).toHaveLength(5);
    expect(onChosen(newcomer, [59144])).toBe(true);
    // Every chain (no choice given) leaves the ranking as it was.
    expect(rankDapps({ dapps, index, profile: buildProfile(lookup, history, 60).profile, feedback: noFeedback(), top: 10, chains: undefined }).map((r) => r.id)).toEqual(everywhere);
  });

  it('gives a user with no activity a diverse, popular starter list', () => {
    const recs = rank([]);
    const categories = new Set(recs.slice(0, 5).map((r) => lookup.byId.get(r.id)!.category));
    expect(categories.size).toBeGreaterThanOrEqual(3);
    expect(recs.slice(0, 5).every((r) => lookup.byId.get(r.id)!.popularity >= 4)).toBe(true);
    // With no history nothing may claim evidence: only what helps a newcomer, and popularity.
    for (const r of recs) for (const x of r.reasons) expect(['starter', 'popular']).toContain(x.type);
  });

  it('reflects a single action, in a starter kit rather than five of a kind', () => {
    const recs = rank([supplyOnAave(1)]);
    const categories = recs.slice(0, 5).map((r) => lookup.byId.get(r.id)!.category);
    expect(categories.some((c) => ['lending', 'yield', 'cdp-stablecoin', 'liquid-staking', 'rwa'].includes(c))).toBe(true);
    expect(new Set(categories).size).toBe(5);
    expect(categories.filter((c) => RANKING_WEIGHTS.starterCategories.includes(c)).length).toBeGreaterThanOrEqual(3);
  });
});
