import { useId } from 'react';
import { chainName } from '@/lib/catalog/chains';
import type { ConsideredChains } from '@/lib/settings/chains-schema';
import { useT } from './i18n';

interface ChainsSettingProps {
  value: ConsideredChains;
  /** The chains the catalog covers, with how many of its dApps run on each. */
  options: { chainId: number; dapps: number }[];
  /** Chosen first when switching to "only these": the chains the person is active on. */
  suggested: number[];
  onChange(value: ConsideredChains): void;
}

/** Which chains recommendations consider: all of them, or the ones ticked. One always stays ticked. */
export function ChainsSetting({ value, options, suggested, onChange }: ChainsSettingProps) {
  const t = useT();
  const name = useId();
  const chosen = value === 'all' ? [] : value;
  // A chain chosen earlier but no longer in the catalog still shows, so it can be unticked.
  const listed = [...options, ...chosen.filter((c) => !options.some((o) => o.chainId === c)).map((chainId) => ({ chainId, dapps: 0 }))];
  const start = suggested.length > 0 ? suggested : options.slice(0, 1).map((o) => o.chainId);
  return (
    <fieldset className="chains-setting">
      <legend>{t('chainsSetting')}</legend>
      <label>
        <input type="radio" name={name} checked={value === 'all'} onChange={() => onChange('all')} /> {t('chainsAll')}
      </label>
      <label>
        <input type="radio" name={name} checked={value !== 'all'} disabled={start.length === 0} onChange={() => onChange(start)} /> {t('chainsOnly')}
      </label>
      {value !== 'all' && (
        <fieldset className="chain-choices">
          <legend className="visually-hidden">{t('chainsChosen')}</legend>
          <ul>
            {listed.map(({ chainId, dapps }) => {
              const on = chosen.includes(chainId);
              return (
                <li key={chainId}>
                  <label>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={on && chosen.length === 1}
                      onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, chainId] : chosen.filter((c) => c !== chainId))}
                    />{' '}
                    {chainName(chainId)} <span className="muted">{t('chainDapps', [String(dapps)])}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <p className="help">{t('chainsHelp')}</p>
    </fieldset>
  );
}
