import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { translate } from '../shared/translate';
import { App } from './App';
import '../shared/theme.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = translate('optionsTitle');
createRoot(document.getElementById('root')!).render(
  <I18nProvider value={translate}>
    <App />
  </I18nProvider>,
);
