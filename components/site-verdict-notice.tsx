import type { VerdictKind } from '@/lib/sidebar/sidebar-layout';
import { useT } from './i18n';

interface SiteVerdictNoticeProps {
  verdict: VerdictKind;
  host: string;
  /** The dApp a lookalike or phishing site imitates, when known. */
  resembles: string | null;
}

/** The site check: a quiet line when the site is known or unknown, a prominent alert when it warns. */
export function SiteVerdictNotice({ verdict, host, resembles }: SiteVerdictNoticeProps) {
  const t = useT();
  if (verdict === 'known' || verdict === 'unknown') {
    return <p className={`verdict verdict-${verdict}`}>{t(verdict === 'known' ? 'verdictKnown' : 'verdictUnknown')}</p>;
  }
  const title = verdict === 'phishing' ? t('verdictPhishing', [host]) : resembles ? t('verdictLookalikeOf', [host, resembles]) : t('verdictLookalike', [host]);
  return (
    <div className="verdict verdict-alert" role="alert">
      <p className="verdict-title"><span aria-hidden="true">⚠ </span>{title}</p>
      <p>{t('verdictAdvice')}</p>
    </div>
  );
}
