import { chainName } from '@/lib/catalog/chains';
import { useT } from './i18n';

/** Up to `max` chain names as badges, then "+N" for the rest. */
export function ChainBadges({ chains, max = 3 }: { chains: readonly number[]; max?: number }) {
  const t = useT();
  if (chains.length === 0) return null;
  const rest = chains.length - max;
  return (
    <>
      {chains.slice(0, max).map((id) => <span key={id} className="badge">{chainName(id)}</span>)}
      {rest > 0 && <span className="badge" title={chains.slice(max).map(chainName).join(', ')}>{t('moreChains', [String(rest)])}</span>}
    </>
  );
}
