/** Model folders packaged with the extension, as listed at build time in models/index.json. */
export async function shippedModels(): Promise<string[]> {
  const response = await fetch(browser.runtime.getURL('/models/index.json' as '/'));
  const { models } = (await response.json()) as { models: unknown };
  return Array.isArray(models) ? models.filter((m): m is string => typeof m === 'string') : [];
}
