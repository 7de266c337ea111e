import { readNewTabEnabled } from '@/lib/storage/newtab-setting';
import { db } from '../shared/db';
import { mountPage } from '../shared/mount-page';
import { App } from './App';
import { HandedOver } from './handed-over';
import './style.css';

// chrome_url_overrides is fixed in the manifest, so "off" is done here: a plain new tab (no hash or
// query; the popup's links carry one) goes to Chromium's own new tab page, which tabs.update may open
// (chrome://newtab would come back here). Browsers that refuse that URL get a nearly empty page.
const plainNewTab = location.hash === '' && location.search === '';
if (plainNewTab && !(await readNewTabEnabled(db))) {
  try {
    await browser.tabs.update({ url: 'chrome://new-tab-page/' });
  } catch (e) {
    console.warn('Sextant: the browser’s own new tab could not be opened', e);
    mountPage('newtabTitle', <HandedOver />);
  }
} else {
  mountPage('newtabTitle', <App />);
}
