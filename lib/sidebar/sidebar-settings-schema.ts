import { isWebOrigin } from '../activity/is-web-origin';
import { z } from '../zod';

const origins = z.array(z.string().max(2048).refine(isWebOrigin)).max(10_000);

/** Where the sidebar may appear, and whether it was left open, per site. */
export const sidebarSettingsSchema = z.object({
  /** Off everywhere. */
  off: z.boolean(),
  /** Sites where the person turned it off. */
  offOrigins: origins,
  /** Sites where the person left it open (collapsed is the default, so only these are kept). */
  expandedOrigins: origins,
});

export type SidebarSettings = z.infer<typeof sidebarSettingsSchema>;
