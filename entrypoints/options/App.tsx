import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { CatalogSettings, type CatalogImportSummary } from '@/components/catalog-settings';
import { ChainsSetting } from '@/components/chains-setting';
import { HalfLifeSetting } from '@/components/half-life-setting';
import { useLocale, useT, type Translate } from '@/components/i18n';
import { ModelPicker } from '@/components/model-picker';
import { ModelProgress } from '@/components/model-progress';
import { SaveNote, type SaveState } from '@/components/save-note';
import { SidebarSettings } from '@/components/sidebar-settings';
import { SitePauseList } from '@/components/site-pause-list';
import { ToggleSwitch } from '@/components/toggle-switch';
import { describeProblem } from '@/lib/activity/describe-problem';
import { sendMessage } from '@/lib/messaging/protocol';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { nextSidebarSettings } from '@/lib/sidebar/sidebar-settings';
import { nextPause } from '@/lib/storage/pause-settings';
import { storageProblem } from '@/lib/storage/storage-problem';
import { usedSites } from '@/lib/storage/used-sites';
import { db } from '../shared/db';
import { reportFailure } from '../shared/report-failure';
import { useSettingChange } from './use-setting-change';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="card setting-group">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Why a change was not saved, in the reader's language: a storage failure says what happened to
 * the database; anything else (the background refusing the value) gets the setting's own sentence.
 */
const whyNotSaved = (t: Translate, key: string) => (error: unknown) => {
  const problem = storageProblem(error);
  return problem.key === 'errorUnexpected' ? t(key) : describeProblem(t, problem);
};

const texts = (t: Translate, errorKey: string) => ({ saving: t('saving'), saved: t('settingSaved'), failed: whyNotSaved(t, errorKey) });

export function App() {
  const t = useT();
  const locale = useLocale();
  const status = useLiveQuery(() => getSetting(db, SETTINGS.modelStatus), []);
  const sites = useLiveQuery(() => usedSites(db), []);
  const profile = useLiveQuery(() => getSetting(db, SETTINGS.profile), []);
  const halfLife = useSettingChange(useLiveQuery(() => getSetting(db, SETTINGS.halfLifeDays), []), texts(t, 'errorHalfLife'));
  const chains = useSettingChange(useLiveQuery(() => getSetting(db, SETTINGS.chains), []), texts(t, 'errorSave'));
  const modelId = useSettingChange(useLiveQuery(() => getSetting(db, SETTINGS.modelId), []), texts(t, 'errorModel'));
  const refresh = useSettingChange(useLiveQuery(() => getSetting(db, SETTINGS.catalogRefresh), []), texts(t, 'errorRefreshUrl'));
  const pause = useSettingChange(useLiveQuery(() => getSetting(db, SETTINGS.pause), []), texts(t, 'errorSave'));
  const newTab = useSettingChange(useLiveQuery(() => getSetting(db, SETTINGS.newTabEnabled), []), texts(t, 'errorSave'));
  const sidebar = useSettingChange(useLiveQuery(() => getSetting(db, SETTINGS.sidebar), []), texts(t, 'errorSave'));
  const [models, setModels] = useState<string[] | null>(null);
  const [chainOptions, setChainOptions] = useState<{ chainId: number; dapps: number }[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [catalogNote, setCatalogNote] = useState<SaveState>(null);
  const [loadError, setLoadError] = useState(false);

  const summary = (r: CatalogImportSummary) =>
    t('catalogImportResult', [
      r.added.join(', ') || t('catalogNone'),
      String(r.matched.length),
      String(Object.values(r.dropped).reduce<number>((a, b) => a + (b ?? 0), 0)),
    ]);

  async function runCatalog(task: () => Promise<CatalogImportSummary>, errorKey: string) {
    setBusy(true);
    setCatalogNote(null);
    try {
      setCatalogNote({ kind: 'ok', text: summary(await task()) });
      // The catalog's chains may have changed.
      setChainOptions(await sendMessage('catalogChains'));
    } catch (e) {
      console.warn('Sextant settings: catalog update failed', e);
      setCatalogNote({ kind: 'error', text: whyNotSaved(t, errorKey)(e) });
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    const unreadable = (e: unknown) => (console.warn('Sextant settings: could not read settings', e), setLoadError(true));
    sendMessage('listModels').then(setModels, unreadable);
    sendMessage('catalogChains').then(setChainOptions, unreadable);
    sendMessage('prepareModel').catch(reportFailure('preparing the model'));
  }, []);

  // Chains the person is active on, most used first: what "only these" starts from.
  const activeChains = Object.entries(profile?.profile.chains ?? {})
    .sort(([, a], [, b]) => b - a)
    .map(([id]) => Number(id))
    .filter((id) => chainOptions?.some((o) => o.chainId === id));

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      {loadError && <p className="state error" role="alert">{t('errorSettingsLoad')}</p>}
      <Section id="recommendations" title={t('recommendationsSection')}>
        {halfLife.value !== undefined && (
          <HalfLifeSetting
            days={halfLife.value}
            onChange={(days) => halfLife.change(days, () => sendMessage('setHalfLife', days))}
            onInvalid={() => halfLife.refuse(t('errorHalfLife'))}
            invalid={halfLife.note?.kind === 'error'}
          />
        )}
        <SaveNote note={halfLife.note} />
        {chains.value !== undefined && chainOptions && (
          <ChainsSetting value={chains.value} options={chainOptions} suggested={activeChains} onChange={(next) => chains.change(next, () => sendMessage('setChains', next))} />
        )}
        <SaveNote note={chains.note} />
      </Section>
      <Section id="model" title={t('modelSetting')}>
        {models && modelId.value !== undefined && (
          <ModelPicker models={models} current={modelId.value} onPick={(id) => modelId.change(id, () => sendMessage('setModel', id))} />
        )}
        <p className="help">{t('modelHelp')}</p>
        <ModelProgress status={status ?? null} />
        {status?.phase === 'ready' && <p role="status">{t('modelReady', [String(status.total), status.modelId])}</p>}
        <SaveNote note={modelId.note} />
      </Section>
      <Section id="catalog" title={t('catalogSection')}>
        {refresh.value !== undefined && (
          <CatalogSettings
            refresh={refresh.value}
            busy={busy}
            message={catalogNote ?? refresh.note}
            urlRefused={refresh.note?.kind === 'error'}
            onImport={(file) => runCatalog(async () => sendMessage('importCatalog', await file.text()), 'errorCatalogImport').catch(reportFailure('catalog import'))}
            onRefreshChange={(setting) => {
              setCatalogNote(null);
              refresh.change(setting, () => sendMessage('setCatalogRefresh', setting));
            }}
            onRefreshNow={() => runCatalog(() => sendMessage('refreshCatalog'), 'errorRefreshFetch').catch(reportFailure('catalog refresh'))}
          />
        )}
      </Section>
      <Section id="capture" title={t('captureSettings')}>
        {pause.value !== undefined && (
          <>
            <ToggleSwitch
              label={t('pauseAll')}
              checked={pause.value.global}
              onChange={(paused) => {
                const change = { scope: 'global', paused } as const;
                pause.change(nextPause(pause.value!, change), () => sendMessage('setPaused', change));
              }}
            />
            <h3>{t('pausedSites')}</h3>
            <SitePauseList
              sites={sites ?? []}
              paused={pause.value.origins}
              onChange={(origin, paused) => {
                const change = { scope: 'origin', origin, paused } as const;
                pause.change(nextPause(pause.value!, change), () => sendMessage('setPaused', change));
              }}
            />
          </>
        )}
        <SaveNote note={pause.note} />
      </Section>
      <Section id="pages" title={t('pagesSection')}>
        {newTab.value !== undefined && (
          <ToggleSwitch label={t('newTabSetting')} checked={newTab.value} onChange={(enabled) => newTab.change(enabled, () => sendMessage('setNewTabEnabled', enabled))} />
        )}
        <p className="help">{t('newTabHelp')}</p>
        <SaveNote note={newTab.note} />
      </Section>
      <Section id="sidebar" title={t('sidebarSection')}>
        {sidebar.value !== undefined && (
          <SidebarSettings
            off={sidebar.value.off}
            offOrigins={sidebar.value.offOrigins}
            onChange={(change) => sidebar.change(nextSidebarSettings(sidebar.value!, change), () => sendMessage('setSidebar', change))}
          />
        )}
        <SaveNote note={sidebar.note} />
      </Section>
      <Section id="language" title={t('languageSection')}>
        <p>{t('languageFollowsBrowser', [new Intl.DisplayNames([locale ?? 'en'], { type: 'language' }).of(locale ?? 'en') ?? String(locale)])}</p>
      </Section>
    </main>
  );
}
