import type { TokenVectors } from './token-vectors';

/** Turns texts into unit-length vectors. One implementation per model; the same code in Node and the extension. */
export interface Embedder {
  readonly modelId: string;
  /**
   * Names the weights, not just the folder: vectors cached under one key are reused only by an
   * embedder with the same key, so a model updated in place is never mixed with its old vectors.
   */
  readonly cacheKey: string;
  readonly dimensions: number;
  /** One mean-pooled, normalised vector per text. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** The model's per-token outputs, for late-interaction scoring (tokens with a zero vector left out). */
  embedTokens(texts: readonly string[]): Promise<TokenVectors[]>;
  /** Whether the model's vocabulary has this lower-case word whole (a real word, not a misspelling); absent when the model cannot tell. */
  knowsWord?(word: string): boolean;
}

/** Reported while a model loads and while a catalog is embedded, so the UI can draw a bar. */
export interface EmbeddingProgress {
  phase: 'load-model' | 'embed';
  done: number;
  total: number;
}

export type ProgressListener = (progress: EmbeddingProgress) => void;
