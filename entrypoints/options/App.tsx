import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n';
import { ModelPicker } from '@/components/model-picker';
import { ModelProgress } from '@/components/model-progress';
import { ToggleSwitch } from '@/components/toggle-switch';
import { sendMessage } from '@/lib/messaging/protocol';
import { readModelStatus } from '@/lib/storage/model-status';
import { readPause } from '@/lib/storage/pause-settings';
import { db } from '../shared/db';

export function App() {
  const t = useT();
  const [models, setModels] = useState<{ models: string[]; current: string } | null>(null);
  const status = useLiveQuery(() => readModelStatus(db), []);
  const pause = useLiveQuery(() => readPause(db), []);

  useEffect(() => {
    void sendMessage('listModels').then(setModels);
    void sendMessage('prepareModel').catch(() => {});
  }, []);

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="model-title">
        <h2 id="model-title">{t('modelSetting')}</h2>
        {models && (
          <ModelPicker
            models={models.models}
            current={models.current}
            onPick={(modelId) => {
              setModels({ ...models, current: modelId });
              void sendMessage('setModel', modelId);
            }}
          />
        )}
        <p className="help">{t('modelHelp')}</p>
        <ModelProgress status={status ?? null} />
        {status?.phase === 'ready' && <p role="status">{t('modelReady', [String(status.total), status.modelId])}</p>}
      </section>
      <section aria-labelledby="capture-title">
        <h2 id="capture-title">{t('captureSettings')}</h2>
        <ToggleSwitch label={t('pauseAll')} checked={pause?.global ?? false} onChange={(paused) => void sendMessage('setPaused', { scope: 'global', paused })} />
      </section>
    </main>
  );
}
