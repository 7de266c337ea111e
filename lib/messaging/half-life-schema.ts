import { z } from '../zod';

/** The recency half-life a page may set, in whole days. */
export const halfLifeSchema = z.number().int().min(1).max(3650);
