import { z } from '@/lib/zod';

const modelIndexSchema = z.object({ models: z.array(z.string()), fingerprints: z.record(z.string(), z.string()) });

let index: Promise<z.infer<typeof modelIndexSchema>> | undefined;

/** Model folders packaged with the extension and each one's content fingerprint, as the build wrote them to models/index.json (read once: it changes only with the extension). */
export function shippedModelIndex(): Promise<z.infer<typeof modelIndexSchema>> {
  index ??= fetch(browser.runtime.getURL('/models/index.json' as '/'))
    .then((response) => response.json())
    .then((json) => modelIndexSchema.parse(json))
    .catch((error: unknown) => {
      index = undefined;
      throw error;
    });
  return index;
}

export async function shippedModels(): Promise<string[]> {
  return (await shippedModelIndex()).models;
}
