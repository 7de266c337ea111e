import { z } from '../zod';
import { DROP_REASONS } from '../activity/drop-reasons';

/** The relay's batch as the background receives it: re-checked, since any sender can claim anything. */
export const observationBatchSchema = z.object({
  origin: z.string().max(2048),
  observations: z.array(z.unknown()).max(500),
  drops: z.partialRecord(z.enum(DROP_REASONS), z.number().int().nonnegative().max(1e9)),
});

/** A relay's batch: observations from one page, stamped with that page's origin by the relay. */
export type ObservationBatch = z.infer<typeof observationBatchSchema>;
