import type { SettingValue } from '../define-setting';
import type { SETTINGS, SettingName } from '../registry';

const profile = {
  halfLifeDays: 30,
  dapps: { aave: { log: 3.2, count: 2, firstUsed: 1, lastUsed: 5, actions: { supply: 2 }, chains: { 42161: 2 } } },
  categories: { lending: 3.2, yield: -Infinity },
  chains: { 42161: 3.2 },
  events: 2,
  lastEventTime: 5,
  touched: ['lido'],
};
const recommendation = {
  id: 'morpho',
  score: 0.71,
  reasons: [{ type: 'because-you' as const, action: 'supply', dapps: ['aave'], chain: 42161 }, { type: 'deprecated' as const }],
  signals: { similarity: 0.3, category: 0.2, complement: 0, chain: 0.1, popularity: 0.1, starter: 0, penalty: 0 },
  name: 'Morpho',
  url: 'https://app.morpho.org',
  category: 'lending' as const,
  chains: [1, 8453],
  names: { aave: 'Aave' },
};

/** A value other than the initial one for every setting; a new setting without one fails to compile. */
export const SAMPLES: { [K in SettingName]: SettingValue<(typeof SETTINGS)[K]> } = {
  feedback: { liked: ['pendle'], notInterested: ['curve'], alreadyUse: [], hiddenCategories: ['gaming'] },
  pause: { global: true, origins: ['https://app.uniswap.org'] },
  halfLifeDays: 21,
  modelId: 'bert-tiny-test',
  catalogRefresh: { enabled: true, url: 'https://api.llama.fi/protocols' },
  newTabEnabled: false,
  sidebar: { off: false, offOrigins: ['https://app.aave.com'], expandedOrigins: ['https://app.uniswap.org'] },
  chains: [8453, 42161],
  recentErrors: [{ time: 1, where: 'import', problem: { key: 'storageFull', subs: [] } }],
  needsEnrichment: true,
  profile: { profile, upToEventId: 12 },
  recommendations: { computedAt: 9, items: [recommendation] },
  modelStatus: { modelId: 'sextant-use-static-256', phase: 'embed', done: 3, total: 10 },
};

