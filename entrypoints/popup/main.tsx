import { readRecommendations } from '@/lib/storage/recommendation-state';
import { db } from '../shared/db';
import { mountPage } from '../shared/mount-page';
import { reportFailure } from '../shared/report-failure';
import { App } from './App';
import './style.css';

// The stored ranking before the first render, so the popup opens with it painted: as read early by
// ranking-preload.js, or (when that script could not) through Dexie now.
const early = window.sextantRanking?.catch((error: unknown) => {
  reportFailure('reading the ranking early')(error);
  return undefined;
});
const read = await early;
const recommendations = read === undefined ? await readRecommendations(db) : read;
mountPage('popupTitle', <App initialRecommendations={recommendations} />);
