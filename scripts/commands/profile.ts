import { parseArgs } from 'node:util';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { DEFAULT_HALF_LIFE_DAYS } from '../../lib/profile/action-weights';
import { buildProfile } from '../../lib/profile/build-profile';
import { largestFirst, profileWeights } from '../../lib/profile/profile-weights';
import { chainOption, positiveInt } from './parse-number';
import { readActivityOrFail } from './read-activity';

/** `profile --activity FILE [--chain ID] [--half-life DAYS] [--json]`: what each event was and what the history says (FILE may be an explorer CSV). */
export async function profileCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { activity: { type: 'string' }, chain: { type: 'string' }, 'half-life': { type: 'string' }, json: { type: 'boolean', default: false } } });
  const events = await readActivityOrFail(values.activity, 'profile', chainOption(values.chain));
  const halfLife = values['half-life'] === undefined ? DEFAULT_HALF_LIFE_DAYS : positiveInt(values['half-life'], '--half-life');
  const lookup = defaultLookup();
  const { profile, enriched } = buildProfile(lookup, events, halfLife);
  const weights = profileWeights(profile);
  const report = {
    events: enriched.map((e) => ({ dappId: e.dappId, action: e.action.kind, via: e.via })),
    dapps: Object.entries(profile.dapps)
      .sort((a, b) => (weights.dapps[b[0]] ?? 0) - (weights.dapps[a[0]] ?? 0))
      .map(([id, use]) => ({ id, count: use.count, lastUsed: new Date(use.lastUsed).toISOString() })),
    categories: weights.categories,
    chains: weights.chains,
  };
  if (values.json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  console.log(`${events.length} events, ${report.dapps.length} dApps, half-life ${halfLife} days\n`);
  enriched.forEach((e, i) => {
    const name = e.dappId ? lookup.byId.get(e.dappId)!.name : '—';
    console.log(`  ${new Date(events[i]!.time).toISOString().slice(0, 16)}  ${e.action.kind.padEnd(16)} ${name.padEnd(24)} ${e.via ? `by ${e.via}` : ''}`);
  });
  console.log('\ndApps:      ' + report.dapps.map((d) => `${d.id} ×${d.count}`).join(', '));
  console.log('categories: ' + Object.entries(weights.categories).map(([c, w]) => `${c} ${(w * 100).toFixed(0)}%`).join(', '));
  console.log('chains:     ' + largestFirst(weights.chains).map(([c, w]) => `${c} ${(w * 100).toFixed(0)}%`).join(', '));
  return 0;
}
