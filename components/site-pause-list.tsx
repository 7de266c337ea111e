import { useT } from './i18n';
import { ToggleSwitch } from './toggle-switch';

interface SitePauseListProps {
  sites: string[];
  paused: string[];
  onChange(site: string, paused: boolean): void;
}

/** One pause switch per site: every site with recorded activity, and any paused one. */
export function SitePauseList({ sites, paused, onChange }: SitePauseListProps) {
  const t = useT();
  const all = [...new Set([...paused, ...sites])].sort((a, b) => new URL(a).host.localeCompare(new URL(b).host));
  if (all.length === 0) return <p className="help">{t('noSitesYet')}</p>;
  return (
    <ul className="sites">
      {all.map((site) => (
        <li key={site}>
          <ToggleSwitch label={t('pauseSiteNamed', [new URL(site).host])} checked={paused.includes(site)} onChange={(p) => onChange(site, p)} />
        </li>
      ))}
    </ul>
  );
}
