import { readRecommendations } from '@/lib/storage/recommendation-state';
import { db } from '../shared/db';
import { mountPage } from '../shared/mount-page';
import { App } from './App';
import './style.css';

// Read the stored ranking before the first render, so the popup opens with it already painted.
const recommendations = await readRecommendations(db);
mountPage('popupTitle', <App initialRecommendations={recommendations} />);
