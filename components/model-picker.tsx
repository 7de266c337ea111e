import { useT } from './i18n';

interface ModelPickerProps {
  models: string[];
  current: string;
  onPick(modelId: string): void;
}

/** One radio button per shipped model folder. */
export function ModelPicker({ models, current, onPick }: ModelPickerProps) {
  const t = useT();
  return (
    <fieldset className="model-picker">
      <legend className="visually-hidden">{t('modelSetting')}</legend>
      {models.map((id) => (
        <label key={id}>
          <input type="radio" name="model" value={id} checked={id === current} onChange={() => onPick(id)} /> {id}
        </label>
      ))}
    </fieldset>
  );
}
