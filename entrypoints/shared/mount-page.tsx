import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nProvider, LocaleProvider } from '@/components/i18n';
import { SectionBoundary } from '@/components/section-boundary';
import { SectionError } from '@/components/section-error';
import { reportFailure } from './report-failure';
import { translate } from './translate';
import './theme.css';

/** Renders an extension page in the browser's language, with its title from the locale files. */
export function mountPage(titleKey: string, page: ReactNode): void {
  const locale = browser.i18n.getUILanguage();
  document.documentElement.lang = locale;
  document.title = translate(titleKey);
  const root = createRoot(document.getElementById('root')!);
  // The first render runs now rather than in a later task, so nothing queued meanwhile delays the first paint.
  flushSync(() =>
    root.render(
      <LocaleProvider value={locale}>
        <I18nProvider value={translate}>
          <SectionBoundary fallback={<main className="page-failed"><SectionError /></main>} onError={reportFailure(`showing ${titleKey}`)}>
            {page}
          </SectionBoundary>
        </I18nProvider>
      </LocaleProvider>,
    ),
  );
}
