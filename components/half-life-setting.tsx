import { useId, useState } from 'react';
import { useT } from './i18n';

interface HalfLifeSettingProps {
  days: number;
  onChange(days: number): void;
  /** The typed value is not a whole number of days from 1 to 3650. */
  onInvalid(): void;
  /** The last value entered was not saved: the field keeps it so it can be corrected. */
  invalid: boolean;
}

/** The recency half-life in days, saved when the field is left or Enter is pressed. */
export function HalfLifeSetting({ days, onChange, onInvalid, invalid }: HalfLifeSettingProps) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(String(days));
  const commit = () => {
    const n = Number(value);
    if (n === days && value.trim() !== '') return;
    if (Number.isInteger(n) && n >= 1 && n <= 3650) onChange(n);
    else onInvalid();
  };
  return (
    <div className="half-life">
      <label htmlFor={id}>{t('halfLifeLabel')}</label>
      <input id={id} type="number" min={1} max={3650} step={1} value={value} aria-invalid={invalid} onChange={(e) => setValue(e.currentTarget.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      <p className="help">{t('halfLifeHelp')}</p>
    </div>
  );
}
