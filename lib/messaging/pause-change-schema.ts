import { z } from '../zod';
import { isWebOrigin } from '../activity/is-web-origin';

export const pauseChangeSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('global'), paused: z.boolean() }),
  z.object({ scope: z.literal('origin'), origin: z.string().refine(isWebOrigin, 'not a web origin'), paused: z.boolean() }),
]);

export type PauseChange = z.infer<typeof pauseChangeSchema>;
