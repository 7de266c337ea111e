import { isWebOrigin } from '../activity/is-web-origin';
import { z } from '../zod';

/** Capture paused everywhere, or on these sites. */
export const pauseSchema = z.object({
  global: z.boolean(),
  origins: z.array(z.string().max(2048).refine(isWebOrigin)).max(10_000),
});

export type PauseSettings = z.infer<typeof pauseSchema>;
