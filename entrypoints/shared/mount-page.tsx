import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider, LocaleProvider } from '@/components/i18n';
import { translate } from './translate';
import './theme.css';

/** Renders an extension page in the browser's language, with its title from the locale files. */
export function mountPage(titleKey: string, page: ReactNode): void {
  const locale = browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
  document.title = translate(titleKey);
  createRoot(document.getElementById('root')!).render(
    <LocaleProvider value={locale}>
      <I18nProvider value={translate}>{page}</I18nProvider>
    </LocaleProvider>,
  );
}
