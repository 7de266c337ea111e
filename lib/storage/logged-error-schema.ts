import { z } from '../zod';

/** One failure in the local "Recent errors" list: when, where, and the problem in locale-key form. */
export const loggedErrorSchema = z.object({
  time: z.number(),
  where: z.string(),
  problem: z.object({ key: z.string(), subs: z.array(z.string()).optional() }),
});

export type LoggedError = z.infer<typeof loggedErrorSchema>;

/** Enough to see what keeps failing; older ones are dropped. */
export const MAX_LOGGED_ERRORS = 20;
