import { z } from '../zod';

function allowedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // https anywhere; plain http only on this machine (a local mirror or a test server).
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

/** The opt-in catalog refresh: off until the user turns it on and gives the URL to fetch. */
export const catalogRefreshSchema = z
  .object({
    enabled: z.boolean(),
    url: z.string().max(2048).refine((u) => u === '' || allowedUrl(u), 'the refresh URL must be https (or http on localhost)'),
  })
  .refine((s) => !s.enabled || s.url !== '', 'give a URL before turning the refresh on');

export type CatalogRefreshSetting = z.infer<typeof catalogRefreshSchema>;
