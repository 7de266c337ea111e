import { rankDapps as after } from '../../lib/ranking/rank-dapps';
import { rankDapps as before } from '/tmp/before/lib/ranking/rank-dapps';
import { noFeedback } from '../../lib/ranking/feedback';
import { syntheticCatalog, seeded } from './synthetic-catalog';
import { time, ratio } from './measure';
import { sumAll } from './memory-read';
import { createCatalogLookup } from '../../lib/catalog/catalog-lookup';
import { addEvent } from '../../lib/profile/add-event';
import { emptyProfile } from '../../lib/profile/profile';
for (const size of [1000, 10_000, 100_000]) {
  const { dapps, index } = syntheticCatalog(size, 256);
  const lookup = createCatalogLookup(dapps); const rand = seeded(11); const profile = emptyProfile(60);
  const kinds = ['swap', 'supply', 'stake', 'bridge', 'connect', 'approve'] as const;
  for (let i = 0; i < 40; i++) { const d = dapps[Math.floor(rand() * 12) * 7]!; addEvent(profile, lookup, { time: Date.UTC(2026, 8, 1) - Math.floor(rand() * 90) * 86400000, chainId: d.chains[0]!, outcome: { status: 'ok' }, action: { kind: kinds[i % 6]! }, dappId: d.id, via: 'contract' }); }
  const args = { dapps, index, profile, feedback: noFeedback(), top: 10 };
  const a = JSON.stringify(before(args as never).map((r: { id: string; score: number; reasons: unknown }) => [r.id, r.score, r.reasons]));
  const b = JSON.stringify(after(args).map((r) => [r.id, r.score, r.reasons]));
  const mem = await time('mem', 15, () => sumAll(index.data));
  const tb = await time('before', 15, () => before(args as never));
  const ta = await time('after', 15, () => after(args));
  console.log(size, 'same output:', a === b, '| memory read', mem.median, 'ms | before', tb.median, 'ms =', ratio(tb, mem), '× | after', ta.median, 'ms =', ratio(ta, mem), '×');
}
