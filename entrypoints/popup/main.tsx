import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { db } from '../shared/db';
import { mountPage } from '../shared/mount-page';
import { reportFailure } from '../shared/report-failure';
import { StorageGuard } from '../shared/storage-guard';
import { App } from './App';
import './style.css';

// Read the stored ranking before the first render, so the popup opens with it already painted. If
// the database cannot be read, the page still opens and says why (StorageGuard).
const recommendations = await getSetting(db, SETTINGS.recommendations).catch((error: unknown) => (reportFailure('reading recommendations')(error), null));
mountPage(
  'popupTitle',
  <StorageGuard>
    <App initialRecommendations={recommendations} />
  </StorageGuard>,
);
