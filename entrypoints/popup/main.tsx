import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { readRecommendations } from '@/lib/storage/recommendation-state';
import { db } from '../shared/db';
import { translate } from '../shared/translate';
import { App } from './App';
import '../shared/theme.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
// Read the stored ranking before the first render, so the popup opens with it already painted.
const recommendations = await readRecommendations(db);
createRoot(document.getElementById('root')!).render(
  <I18nProvider value={translate}>
    <App initialRecommendations={recommendations} />
  </I18nProvider>,
);
