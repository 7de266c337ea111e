import data from './data/lifecycle.json';
import { z } from '../zod';
import { bundledEntries } from './bundled-catalog';

/** Where a dApp stands: sunset ones are never recommended; exploited and deprecated ones say so and rank lower. */
export const LIFECYCLE_STATUSES = ['active', 'deprecated', 'sunset', 'exploited'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

const entrySchema = z
  .object({
    status: z.enum(LIFECYCLE_STATUSES),
    /** When it closed or was exploited (ISO date). */
    date: z.iso.date().optional(),
    source: z.url({ protocol: /^https$/ }),
    note: z.string().min(10).max(300),
  })
  .strict()
  .refine((e) => e.status !== 'exploited' || e.date !== undefined, 'an exploit needs its date');

const fileSchema = z.object({ reviewedOn: z.iso.date(), note: z.string(), dapps: z.record(z.string(), entrySchema) }).strict();

export type LifecycleEntry = z.infer<typeof entrySchema>;
/** Entries by dApp id; a dApp without one is active. */
export type Lifecycle = ReadonlyMap<string, LifecycleEntry>;

/** Validates a lifecycle file against the catalog's ids; throws with every problem named. */
export function parseLifecycle(raw: unknown, knownIds: ReadonlySet<string>): Lifecycle {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`lifecycle data is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const unknown = Object.keys(parsed.data.dapps).filter((id) => !knownIds.has(id));
  if (unknown.length) throw new Error(`lifecycle data names dApps the catalog does not have: ${unknown.join(', ')}`);
  return new Map(Object.entries(parsed.data.dapps));
}

let cached: Lifecycle | undefined;

/**
 * The shipped lifecycle data, validated once against the shipped catalog. Rankings look entries up
 * by id, so a catalog in use without some of these dApps simply never meets them.
 */
export function bundledLifecycle(): Lifecycle {
  cached ??= parseLifecycle(data, new Set(bundledEntries().map((d) => d.id)));
  return cached;
}

export const statusOf = (lifecycle: Lifecycle, id: string): LifecycleStatus => lifecycle.get(id)?.status ?? 'active';
