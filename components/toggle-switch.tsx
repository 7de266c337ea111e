import { useId } from 'react';

interface ToggleSwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** A labelled on/off switch: a real checkbox with role="switch", so keyboards and screen readers get it for free. */
export function ToggleSwitch({ label, checked, disabled, onChange }: ToggleSwitchProps) {
  const id = useId();
  return (
    <div className="toggle">
      <input id={id} type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
