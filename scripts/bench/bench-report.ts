import type { CaptureFigures } from './bench-capture';
import type { EmbeddingFigures } from './bench-embedding';
import type { ExtensionModelFigures } from './bench-extension-model';
import type { LookupFigures } from './bench-lookup';
import type { MemoryFigures } from './bench-memory';
import type { RankingFigures } from './bench-ranking';
import type { SizeFigures } from './bench-size';
import type { StorageFigures } from './bench-storage';
import type { TargetCheck } from './targets';

/** Everything one `npm run bench` measured, as written to the JSON report. */
export interface BenchReport {
  generatedAt: string;
  mode: 'quick' | 'full';
  machine: { cpus: number; cpu: string; memoryGb: number; node: string };
  seconds: number;
  ranking: RankingFigures[];
  lookup: LookupFigures;
  embedding: EmbeddingFigures;
  extensionModel: ExtensionModelFigures;
  capture: CaptureFigures[];
  storage: StorageFigures;
  memory: MemoryFigures;
  size: SizeFigures;
  targets: TargetCheck[];
}
