/** One locale's messages.json, as the browser's i18n reads it. */
export type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * Chrome's getMessage outside the browser (for the CLI): named $PLACEHOLDERS$ map to their content,
 * whose $1…$9 are the substitutions. Missing keys come back as the key, so gaps show.
 */
export function formatMessage(messages: LocaleMessages, key: string, subs: readonly string[] = []): string {
  const entry = messages[key];
  if (!entry) return key;
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}
