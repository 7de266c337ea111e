import { useT } from './i18n';
import { ToggleSwitch } from './toggle-switch';

interface SidebarSettingsProps {
  off: boolean;
  offOrigins: string[];
  onChange(change: { scope: 'global'; off: boolean } | { scope: 'origin'; origin: string; off: boolean }): void;
}

/** Settings for the in-page sidebar: on or off everywhere, and the sites where it was turned off. */
export function SidebarSettings({ off, offOrigins, onChange }: SidebarSettingsProps) {
  const t = useT();
  return (
    <div className="sidebar-settings">
      <ToggleSwitch label={t('sidebarShowSetting')} checked={!off} onChange={(on) => onChange({ scope: 'global', off: !on })} />
      <p className="help">{t('sidebarSettingHelp')}</p>
      {offOrigins.length > 0 && (
        <>
          <h3>{t('sidebarOffSites')}</h3>
          <ul className="sites">
            {offOrigins.map((origin) => (
              <li key={origin}>
                <ToggleSwitch label={t('sidebarOnSite', [new URL(origin).host])} checked={false} onChange={(on) => onChange({ scope: 'origin', origin, off: !on })} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
