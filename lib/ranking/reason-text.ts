import { chainName } from '../catalog/chains';
import type { Reason } from './reason';

type Translate = (key: string, subs?: string[]) => string;

const underscore = (s: string) => s.replaceAll('-', '_');
const list = (t: Translate, names: string[]) => (names.length > 1 ? t('listAnd', [names.slice(0, -1).join(', '), names.at(-1)!]) : names[0]!);

/** Words a reason in the current locale, naming dApps by `name(id)`. */
export function reasonText(t: Translate, reason: Reason, name: (id: string) => string): string {
  const text = words(t, reason, name);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(t: Translate, reason: Reason, name: (id: string) => string): string {
  switch (reason.type) {
    case 'because-you': {
      const verbKey = `verb_${underscore(reason.action)}`;
      const dapps = list(t, reason.dapps.map(name));
      const chain = reason.chain === null ? [] : [chainName(reason.chain)];
      const suffix = reason.chain === null ? '_nochain' : '';
      // No verb for the action (or none telling): "Because you use Zerion and DeBank".
      if (reason.action === 'use' || t(verbKey) === verbKey) return t(`reason_because_you_use${suffix}`, [dapps, ...chain]);
      return t(`reason_because_you${suffix}`, [t(verbKey), dapps, ...chain]);
    }
    case 'goes-with': {
      const dapps = list(t, reason.dapps.map(name));
      return reason.chain === null ? t('reason_goes_with_nochain', [dapps]) : t('reason_goes_with', [dapps, chainName(reason.chain)]);
    }
    case 'starter':
      return t('reason_starter', [t(`catnoun_${underscore(reason.category)}`)]);
    case 'exploited':
      return t('reason_exploited', [new Intl.DateTimeFormat(t('dateLocale'), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(reason.date))]);
    case 'deprecated':
      return t('reason_deprecated');
    case 'similar-to':
      return t('reason_similar_to', [name(reason.dapp)]);
    case 'liked':
      return t('reason_liked', [name(reason.dapp)]);
    case 'popular-on-chain':
      return t('reason_popular_on_chain', [t(`catnoun_${underscore(reason.category)}`), chainName(reason.chain)]);
    case 'popular':
      return t('reason_popular', [t(`catnoun_${underscore(reason.category)}`)]);
    case 'matches-query':
      return t('reason_matches_query', [reason.query]);
  }
}
