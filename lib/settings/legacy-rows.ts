import { z } from '../zod';

// Rows written before rows carried a version (version 0) hold the first version's shape; the
// readers of that time checked them by hand, field by field. These migrations do the same.

/** A plain value from before versions is used as it is; the schema still checks it. */
export const asStored = (value: unknown): unknown => value;

/**
 * An object from before versions: each field that passes its own schema is kept (a list keeps its
 * valid entries), any other reads as the initial value's. Anything but an object is left for the
 * schema to refuse.
 */
export function keepValidFields<S extends z.ZodObject>(schema: S, initial: () => z.output<S>): (value: unknown) => unknown {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const out: Record<string, unknown> = { ...initial() };
    for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (!Object.hasOwn(value, field)) continue;
      const stored: unknown = (value as Record<string, unknown>)[field];
      if (fieldSchema instanceof z.ZodArray && Array.isArray(stored)) out[field] = stored.filter((item) => z.safeParse(fieldSchema.element, item).success);
      else if (fieldSchema.safeParse(stored).success) out[field] = stored;
    }
    return out;
  };
}
