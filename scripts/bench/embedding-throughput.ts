import type { Dapp } from '../../lib/catalog/dapp-schema';
import { dappText } from '../../lib/embedding/dapp-text';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import type { Embedder } from '../../lib/embedding/embedder';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { time, type Timing } from './measure';

export interface ThroughputFigures {
  modelLoad: Timing;
  batch1: Timing & { sentencesPerSecond: number };
  batch32: Timing & { sentencesPerSecond: number };
  catalogCold: Timing & { dapps: number };
}

/** How many catalog texts the batch figures embed per run. */
export const THROUGHPUT_SENTENCES = 64;

export const perSecond = (t: Timing, sentences: number) => Math.round((sentences / t.median) * 1000);

/**
 * Model load, throughput at batch 1 and 32, and a cold embedding of the whole catalog, measured the
 * same way wherever it runs: Node for the CLI, the extension's service worker for users. Uses no
 * Node API, so the benchmark bundles it into the extension too.
 */
export async function measureThroughput(load: () => Promise<Embedder>, dapps: readonly Dapp[], runs: number, runtime: string): Promise<{ figures: ThroughputFigures; embedder: Embedder }> {
  const sentences = dapps.slice(0, THROUGHPUT_SENTENCES).map(dappText);
  const modelLoad = await time(`load the default model through Transformers.js (${runtime}), after one untimed load that compiles the runtime`, runs, load, 1);
  const embedder = await load();
  const b1 = await time(`embed ${sentences.length} catalog texts one at a time (${runtime})`, runs, async () => {
    for (const s of sentences) await embedder.embed([s]);
  });
  const b32 = await time(`embed ${sentences.length} catalog texts in batches of 32 (${runtime})`, runs, () => embedder.embed(sentences));
  const catalogCold = await time(`embed the bundled catalog (${dapps.length} dApps) with an empty cache (${runtime})`, runs, () => embedCatalog(embedder, memoryEmbeddingStore(), dapps));
  return {
    embedder,
    figures: {
      modelLoad,
      batch1: { ...b1, sentencesPerSecond: perSecond(b1, sentences.length) },
      batch32: { ...b32, sentencesPerSecond: perSecond(b32, sentences.length) },
      catalogCold: { ...catalogCold, dapps: dapps.length },
    },
  };
}
