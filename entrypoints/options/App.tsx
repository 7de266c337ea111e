import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { CatalogSettings, type CatalogImportSummary } from '@/components/catalog-settings';
import { HalfLifeSetting } from '@/components/half-life-setting';
import { useT } from '@/components/i18n';
import { ModelPicker } from '@/components/model-picker';
import { ModelProgress } from '@/components/model-progress';
import { SidebarSettings } from '@/components/sidebar-settings';
import { ToggleSwitch } from '@/components/toggle-switch';
import { sendMessage } from '@/lib/messaging/protocol';
import { readModelStatus } from '@/lib/storage/model-status';
import { readPause } from '@/lib/storage/pause-settings';
import { readSidebarSettings } from '@/lib/sidebar/sidebar-settings';
import { db } from '../shared/db';

export function App() {
  const t = useT();
  const [models, setModels] = useState<{ models: string[]; current: string } | null>(null);
  const status = useLiveQuery(() => readModelStatus(db), []);
  const pause = useLiveQuery(() => readPause(db), []);
  const sidebar = useLiveQuery(() => readSidebarSettings(db), []);
  const [halfLife, setHalfLife] = useState<number | null>(null);
  const [refresh, setRefresh] = useState<{ enabled: boolean; url: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const summary = (r: CatalogImportSummary) =>
    t('catalogImportResult', [
      r.added.join(', ') || t('catalogNone'),
      String(r.matched.length),
      String(Object.values(r.dropped).reduce<number>((a, b) => a + (b ?? 0), 0)),
    ]);
  async function run(task: () => Promise<CatalogImportSummary>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: summary(await task()) });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    void sendMessage('listModels').then(setModels);
    void sendMessage('getCatalogRefresh').then(setRefresh);
    void sendMessage('getHalfLife').then(setHalfLife);
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
      <section aria-labelledby="recommendations-title">
        <h2 id="recommendations-title">{t('recommendationsSection')}</h2>
        {halfLife !== null && (
          <HalfLifeSetting days={halfLife} onChange={(days) => {
            setHalfLife(days);
            void sendMessage('setHalfLife', days);
          }} />
        )}
      </section>
      <section aria-labelledby="catalog-title">
        <h2 id="catalog-title">{t('catalogSection')}</h2>
        {refresh && (
          <CatalogSettings
            refresh={refresh}
            busy={busy}
            message={message}
            onImport={(file) => void run(async () => sendMessage('importCatalog', await file.text()))}
            onRefreshChange={(setting) => {
              setRefresh(setting);
              void sendMessage('setCatalogRefresh', setting).catch((e: Error) => setMessage({ kind: 'error', text: e.message }));
            }}
            onRefreshNow={() => void run(() => sendMessage('refreshCatalog'))}
          />
        )}
      </section>
      <section aria-labelledby="capture-title">
        <h2 id="capture-title">{t('captureSettings')}</h2>
        <ToggleSwitch label={t('pauseAll')} checked={pause?.global ?? false} onChange={(paused) => void sendMessage('setPaused', { scope: 'global', paused })} />
      </section>
      <section aria-labelledby="sidebar-title">
        <h2 id="sidebar-title">{t('sidebarSection')}</h2>
        {sidebar && (
          <SidebarSettings
            off={sidebar.off}
            offOrigins={sidebar.offOrigins}
            onChange={(change) => sendMessage('setSidebar', change).catch((e: Error) => setMessage({ kind: 'error', text: e.message }))}
          />
        )}
      </section>
    </main>
  );
}
