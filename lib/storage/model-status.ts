import { z } from '../zod';

/** Where the model and catalog embedding stand, for the UI's progress bar. */
export const modelStatusSchema = z.object({
  modelId: z.string(),
  phase: z.enum(['idle', 'load-model', 'embed', 'ready', 'error']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  error: z.string().optional(),
});

export type ModelStatus = z.infer<typeof modelStatusSchema>;
