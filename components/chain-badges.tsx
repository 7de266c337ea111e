import { chainName } from '@/lib/catalog/chains';
import { useLocale, useT } from './i18n';

/**
 * The first `max` chains as badges, then "+N". Cards have room for about one chain name, so the
 * badges are shown whole and the rest counted; the full list is the tooltip, and what a screen
 * reader reads ("Runs on Ethereum, Base and Arbitrum").
 */
export function ChainBadges({ chains, max = 1, className }: { chains: readonly number[]; max?: number; className?: string }) {
  const t = useT();
  const locale = useLocale();
  if (chains.length === 0) return null;
  const names = chains.map(chainName);
  const rest = names.length - max;
  const all = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  return (
    <span className={className ? `chain-badges ${className}` : 'chain-badges'} title={all}>
      <span className="visually-hidden">{t('runsOnChains', [all])}</span>
      {names.slice(0, max).map((name) => <span key={name} className="badge chain" aria-hidden="true">{name}</span>)}
      {rest > 0 && <span className="badge more" aria-hidden="true">{t('moreChains', [String(rest)])}</span>}
    </span>
  );
}
