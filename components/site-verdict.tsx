import type { SiteVerdict as Verdict } from '@/lib/safety/site-verdict';
import { useT } from './i18n';

export interface SiteVerdictProps {
  verdict: Verdict;
  /** Display name of the dApp the verdict names (its own for `known`, the imitated one otherwise), when known. */
  dappName: string | null;
}

/** The site check's verdict on the current page: a quiet line when all is well, an alert when not. */
export function SiteVerdict({ verdict, dappName }: SiteVerdictProps) {
  const t = useT();
  const site = verdict.domain;
  if (verdict.verdict === 'known') {
    return <p className="site-verdict known" data-verdict="known">{t('siteVerdictKnown', [dappName ?? verdict.dappId ?? site])}</p>;
  }
  if (verdict.verdict === 'unknown') {
    return <p className="site-verdict unknown" data-verdict="unknown">{t('siteVerdictUnknown', [site])}</p>;
  }
  const imitated = dappName ?? verdict.resembles ?? null;
  const headline =
    verdict.verdict === 'lookalike'
      ? t('siteVerdictLookalike', [site, imitated ?? '?'])
      : imitated
        ? t('siteVerdictPhishingResembles', [site, imitated])
        : t('siteVerdictPhishing', [site]);
  return (
    <div className="site-verdict danger" role="alert" data-verdict={verdict.verdict}>
      <strong>⚠ {headline}</strong>
      {verdict.why && <p>{t(`siteWhy_${verdict.why.replaceAll('-', '_')}`)}</p>}
      <p>{t(verdict.verdict === 'phishing' ? 'phishingSiteWarning' : 'lookalikeSiteWarning')}</p>
    </div>
  );
}
