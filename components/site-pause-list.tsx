import { useT } from './i18n';
import { ToggleSwitch } from './toggle-switch';

interface SitePauseListProps {
  sites: string[];
  paused: string[];
  onChange(site: string, paused: boolean): void;
}

/** One pause switch per site seen in recent activity. */
export function SitePauseList({ sites, paused, onChange }: SitePauseListProps) {
  const t = useT();
  if (sites.length === 0) return null;
  return (
    <ul className="sites">
      {sites.map((site) => (
        <li key={site}>
          <ToggleSwitch label={t('pauseSiteNamed', [new URL(site).host])} checked={paused.includes(site)} onChange={(p) => onChange(site, p)} />
        </li>
      ))}
    </ul>
  );
}
