/**
 * A text's token-level output: one unit vector per token, in order, and each token's original
 * norm as its weight. For the default static model the norm is the token's SIF weight, so rare,
 * telling words count more.
 */
export interface TokenVectors {
  dimensions: number;
  /** count × dimensions, row-major, each row of unit length. */
  data: Float32Array;
  weights: Float32Array;
}
