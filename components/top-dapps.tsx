import { useT } from './i18n';
import { Monogram } from './monogram';

interface TopDappsProps {
  dapps: { id: string; name: string; category: string; count: number }[];
  selected: string | null;
  onSelect(id: string | null): void;
}

/** The most used dApps; each one filters the activity list to itself (pressed again, shows all). */
export function TopDapps({ dapps, selected, onSelect }: TopDappsProps) {
  const t = useT();
  return (
    <ul className="top-dapps">
      {dapps.map((d) => (
        <li key={d.id}>
          <button type="button" className="top-dapp" aria-pressed={selected === d.id} onClick={() => onSelect(selected === d.id ? null : d.id)}>
            <Monogram name={d.name} category={d.category} small />
            <span className="top-dapp-name">{d.name}</span>
            <span className="muted">{t('timesUsed', [String(d.count)])}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
