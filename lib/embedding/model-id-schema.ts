import { z } from '../zod';

/** A shipped model's folder name (models/index.json), optionally under one parent folder. */
export const modelIdSchema = z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)?$/).max(200);
