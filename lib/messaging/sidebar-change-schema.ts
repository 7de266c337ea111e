import { isWebOrigin } from '../activity/is-web-origin';
import { z } from '../zod';

const origin = z.string().refine(isWebOrigin, 'not a web origin');

export const sidebarChangeSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('global'), off: z.boolean() }),
  z.object({ scope: z.literal('origin'), origin, off: z.boolean() }),
]);
