import { useId, useState } from 'react';
import { useT } from './i18n';

/** The recency half-life in days, saved when the field is left or Enter is pressed. */
export function HalfLifeSetting({ days, onChange }: { days: number; onChange(days: number): void }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(String(days));
  const commit = () => {
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1 && n <= 3650 && n !== days) onChange(n);
  };
  return (
    <div className="half-life">
      <label htmlFor={id}>{t('halfLifeLabel')}</label>
      <input id={id} type="number" min={1} max={3650} step={1} value={value} onChange={(e) => setValue(e.currentTarget.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      <p className="help">{t('halfLifeHelp')}</p>
    </div>
  );
}
