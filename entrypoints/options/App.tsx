import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { CatalogSettings, type CatalogImportSummary } from '@/components/catalog-settings';
import { HalfLifeSetting } from '@/components/half-life-setting';
import { useLocale, useT } from '@/components/i18n';
import { ModelPicker } from '@/components/model-picker';
import { ModelProgress } from '@/components/model-progress';
import { SidebarSettings } from '@/components/sidebar-settings';
import { SitePauseList } from '@/components/site-pause-list';
import { ToggleSwitch } from '@/components/toggle-switch';
import { sendMessage } from '@/lib/messaging/protocol';
import { readModelStatus } from '@/lib/storage/model-status';
import { readNewTabEnabled } from '@/lib/storage/newtab-setting';
import { readPause } from '@/lib/storage/pause-settings';
import { readSidebarSettings } from '@/lib/sidebar/sidebar-settings';
import { usedSites } from '@/lib/storage/used-sites';
import { db } from '../shared/db';
import { reportFailure } from '../shared/report-failure';

type Note = { kind: 'ok' | 'error'; text: string } | null;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="card setting-group">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function App() {
  const t = useT();
  const locale = useLocale();
  const [models, setModels] = useState<{ models: string[]; current: string } | null>(null);
  const status = useLiveQuery(() => readModelStatus(db), []);
  const pause = useLiveQuery(() => readPause(db), []);
  const sidebar = useLiveQuery(() => readSidebarSettings(db), []);
  const sites = useLiveQuery(() => usedSites(db), []);
  const newTab = useLiveQuery(() => readNewTabEnabled(db), []);
  const [halfLife, setHalfLife] = useState<number | null>(null);
  const [refresh, setRefresh] = useState<{ enabled: boolean; url: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [catalogNote, setCatalogNote] = useState<Note>(null);
  const [note, setNote] = useState<Record<string, Note>>({});
  const [loadError, setLoadError] = useState(false);

  const summary = (r: CatalogImportSummary) =>
    t('catalogImportResult', [
      r.added.join(', ') || t('catalogNone'),
      String(r.matched.length),
      String(Object.values(r.dropped).reduce<number>((a, b) => a + (b ?? 0), 0)),
    ]);
  // The background's own error text is for developers (it may be validator output, in English);
  // the page says in the user's language what failed, and logs the detail.
  const failed = (where: string, key: string) => (e: unknown) => {
    console.warn(`Sextant settings: ${where} failed`, e);
    setNote((n) => ({ ...n, [where]: { kind: 'error', text: t(key) } }));
  };
  const saved = (where: string) => setNote((n) => ({ ...n, [where]: { kind: 'ok', text: t('settingSaved') } }));

  async function runCatalog(task: () => Promise<CatalogImportSummary>, errorKey: string) {
    setBusy(true);
    setCatalogNote(null);
    try {
      setCatalogNote({ kind: 'ok', text: summary(await task()) });
    } catch (e) {
      console.warn('Sextant settings: catalog update failed', e);
      setCatalogNote({ kind: 'error', text: t(errorKey) });
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    const unreadable = (e: unknown) => (console.warn('Sextant settings: could not read settings', e), setLoadError(true));
    sendMessage('listModels').then(setModels, unreadable);
    sendMessage('getCatalogRefresh').then(setRefresh, unreadable);
    sendMessage('getHalfLife').then(setHalfLife, unreadable);
    sendMessage('prepareModel').catch(failed('model', 'errorModel'));
  }, []);

  const noteFor = (where: string) => {
    const n = note[where];
    return n && <p role={n.kind === 'error' ? 'alert' : 'status'} className={`message ${n.kind}`}>{n.text}</p>;
  };

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      {loadError && <p className="state error" role="alert">{t('errorSettingsLoad')}</p>}
      <Section id="recommendations" title={t('recommendationsSection')}>
        {halfLife !== null && (
          <HalfLifeSetting
            days={halfLife}
            onChange={(days) =>
              sendMessage('setHalfLife', days).then(() => (setHalfLife(days), saved('halfLife')), failed('halfLife', 'errorHalfLife'))
            }
          />
        )}
        {noteFor('halfLife')}
      </Section>
      <Section id="model" title={t('modelSetting')}>
        {models && (
          <ModelPicker
            models={models.models}
            current={models.current}
            onPick={(modelId) => sendMessage('setModel', modelId).then(() => setModels({ ...models, current: modelId }), failed('model', 'errorModel'))}
          />
        )}
        <p className="help">{t('modelHelp')}</p>
        <ModelProgress status={status ?? null} />
        {status?.phase === 'ready' && <p role="status">{t('modelReady', [String(status.total), status.modelId])}</p>}
        {noteFor('model')}
      </Section>
      <Section id="catalog" title={t('catalogSection')}>
        {refresh && (
          <CatalogSettings
            refresh={refresh}
            busy={busy}
            message={catalogNote ?? note.refresh ?? null}
            onImport={(file) => runCatalog(async () => sendMessage('importCatalog', await file.text()), 'errorCatalogImport').catch(reportFailure('catalog import'))}
            onRefreshChange={(setting) =>
              sendMessage('setCatalogRefresh', setting).then(() => (setRefresh(setting), setNote((n) => ({ ...n, refresh: null }))), failed('refresh', 'errorRefreshUrl'))
            }
            onRefreshNow={() => runCatalog(() => sendMessage('refreshCatalog'), 'errorRefreshFetch').catch(reportFailure('catalog refresh'))}
          />
        )}
      </Section>
      <Section id="capture" title={t('captureSettings')}>
        <ToggleSwitch label={t('pauseAll')} checked={pause?.global ?? false} onChange={(paused) => sendMessage('setPaused', { scope: 'global', paused }).catch(failed('capture', 'errorSave'))} />
        <h3>{t('pausedSites')}</h3>
        <SitePauseList sites={sites ?? []} paused={pause?.origins ?? []} onChange={(origin, paused) => sendMessage('setPaused', { scope: 'origin', origin, paused }).catch(failed('capture', 'errorSave'))} />
        {noteFor('capture')}
      </Section>
      <Section id="pages" title={t('pagesSection')}>
        {newTab !== undefined && (
          <ToggleSwitch label={t('newTabSetting')} checked={newTab} onChange={(enabled) => sendMessage('setNewTabEnabled', enabled).catch(failed('newTab', 'errorSave'))} />
        )}
        <p className="help">{t('newTabHelp')}</p>
        {noteFor('newTab')}
      </Section>
      <Section id="sidebar" title={t('sidebarSection')}>
        {sidebar && (
          <SidebarSettings off={sidebar.off} offOrigins={sidebar.offOrigins} onChange={(change) => sendMessage('setSidebar', change).catch(failed('sidebar', 'errorSave'))} />
        )}
        {noteFor('sidebar')}
      </Section>
      <Section id="language" title={t('languageSection')}>
        <p>{t('languageFollowsBrowser', [new Intl.DisplayNames([locale ?? 'en'], { type: 'language' }).of(locale ?? 'en') ?? String(locale)])}</p>
      </Section>
    </main>
  );
}
