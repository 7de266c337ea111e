import { z } from '../zod';
import { CATEGORIES } from '../catalog/categories';

const dappId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

export const feedbackActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['like', 'not-interested', 'already-use']), dappId }),
  z.object({ kind: z.literal('hide-category'), category: z.enum(CATEGORIES) }),
  z.object({ kind: z.literal('undo'), dappId: dappId.optional(), category: z.enum(CATEGORIES).optional() }),
]);
