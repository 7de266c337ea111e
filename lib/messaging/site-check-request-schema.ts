import { z } from '../zod';

/** `checkSite`'s input: a page URL (any scheme; only http(s) ones get more than `unknown`). */
export const siteCheckRequestSchema = z.object({
  url: z.string().min(1).max(4096),
});

export type SiteCheckRequest = z.infer<typeof siteCheckRequestSchema>;
