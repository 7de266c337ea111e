import { z } from '../zod';
import { DROP_REASONS } from '../activity/drop-reasons';

/** The relay's batch as the background receives it: re-checked, since any sender can claim anything. */
export const observationBatchSchema = z.object({
  origin: z.string().max(2048),
  observations: z.array(z.unknown()).max(500),
  drops: z.partialRecord(z.enum(DROP_REASONS), z.number().int().nonnegative().max(1e9)),
  /**
   * The sending relay's id: its `drops` are then running totals, counted once however often a batch
   * arrives (drops-repo.ts). Without it, `drops` are counts since the relay's last batch.
   */
  relay: z.string().regex(/^[0-9a-f]{32}$/).optional(),
});

/** A relay's batch: observations from one page, stamped with that page's origin by the relay. */
export type ObservationBatch = z.infer<typeof observationBatchSchema>;
