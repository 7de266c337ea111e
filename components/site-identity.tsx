import type { SidebarDapp } from '@/lib/sidebar/sidebar-context';
import { categoryLabel } from './category-label';
import { useT } from './i18n';

const SHOWN_CHAINS = 3;

/** "Uniswap · Exchange · Ethereum, Arbitrum, Base…" and its description, or that the site is not in the catalog. */
export function SiteIdentity({ dapp, host, chainName }: { dapp: SidebarDapp | null; host: string; chainName(id: number): string }) {
  const t = useT();
  if (!dapp) {
    return (
      <section className="site-identity" aria-labelledby="site-name">
        <h2 id="site-name">{host}</h2>
        <p className="muted">{t('sidebarUnknownSite')}</p>
      </section>
    );
  }
  const chains = dapp.chains.slice(0, SHOWN_CHAINS).map(chainName).join(', ') + (dapp.chains.length > SHOWN_CHAINS ? '…' : '');
  return (
    <section className="site-identity" aria-labelledby="site-name">
      <h2 id="site-name">{dapp.name}</h2>
      <p className="site-facts">{[categoryLabel(t, dapp.category), chains].join(' · ')}</p>
      <p className="site-description">{dapp.description}</p>
    </section>
  );
}
