import { readFileSync } from 'node:fs';
import { formatMessage, type LocaleMessages } from '../lib/i18n/format-message';

const messages = JSON.parse(readFileSync(new URL('../public/_locales/en/messages.json', import.meta.url), 'utf8')) as LocaleMessages;

/** The extension's English strings, so the CLI words things exactly as the popup does. */
export const english = (key: string, subs?: string[]) => formatMessage(messages, key, subs);
