import { createContext, useContext } from 'react';

export type Translate = (key: string, subs?: string[]) => string;

const I18nContext = createContext<Translate>((key) => key);

export const I18nProvider = I18nContext.Provider;

// The UI language for Intl formatting (times); undefined falls back to the runtime's default.
const LocaleContext = createContext<string | undefined>(undefined);

export const LocaleProvider = LocaleContext.Provider;

export function useLocale(): string | undefined {
  return useContext(LocaleContext);
}

/** The current locale's wording; the entrypoint supplies it, so components stay free of extension APIs. */
export function useT(): Translate {
  return useContext(I18nContext);
}
