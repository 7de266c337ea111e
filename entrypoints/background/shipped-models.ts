import { z } from '@/lib/zod';

const modelIndexSchema = z.object({ models: z.array(z.string()), fingerprints: z.record(z.string(), z.string()) });

/** Model folders packaged with the extension and each one's content fingerprint, as the build wrote them to models/index.json. */
export async function shippedModelIndex(): Promise<z.infer<typeof modelIndexSchema>> {
  const response = await fetch(browser.runtime.getURL('/models/index.json' as '/'));
  return modelIndexSchema.parse(await response.json());
}

export async function shippedModels(): Promise<string[]> {
  return (await shippedModelIndex()).models;
}
