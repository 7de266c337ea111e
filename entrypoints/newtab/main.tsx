import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { db } from '../shared/db';
import { mountPage } from '../shared/mount-page';
import { reportFailure } from '../shared/report-failure';
import { StorageGuard } from '../shared/storage-guard';
import { App } from './App';
import { HandedOver } from './handed-over';
import './style.css';

// chrome_url_overrides is fixed in the manifest, so "off" is done here: a plain new tab (no hash or
// query; the popup's links carry one) goes to Chromium's own new tab page, which tabs.update may open
// (chrome://newtab would come back here). Browsers that refuse that URL get a nearly empty page.
const plainNewTab = location.hash === '' && location.search === '';
// A database that cannot be read keeps the dashboard, which says why (StorageGuard).
const enabled = () => getSetting(db, SETTINGS.newTabEnabled).catch((error: unknown) => (reportFailure('reading the new tab setting')(error), true));
if (plainNewTab && !(await enabled())) {
  try {
    await browser.tabs.update({ url: 'chrome://new-tab-page/' });
  } catch (e) {
    console.warn('Sextant: the browser’s own new tab could not be opened', e);
    mountPage('newtabTitle', <HandedOver />);
  }
} else {
  mountPage(
    'newtabTitle',
    <StorageGuard>
      <App />
    </StorageGuard>,
  );
}
