import type { Translate } from '@/components/i18n';

/** The browser's i18n, falling back to the key so a missing string is visible rather than blank. */
export const translate: Translate = (key, subs) => browser.i18n.getMessage(key as never, subs) || key;
