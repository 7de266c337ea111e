import { readFile } from 'node:fs/promises';
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

/** The default model's int8 token table and per-row scales, read straight from its ONNX file. */
export async function readStaticTable(path: string): Promise<{ table: Int8Array; scales: Float32Array; dimensions: number }> {
  const model = onnx.ModelProto.decode(await readFile(path));
  const tensor = (name: string) => {
    const t = model.graph!.initializer!.find((i) => i.name === name);
    if (!t?.rawData) throw new Error(`${path} has no ${name} initializer`);
    return t;
  };
  const table = tensor('embedding_int8');
  const scales = tensor('embedding_scale');
  const raw = (t: typeof table) => t.rawData!.buffer.slice(t.rawData!.byteOffset, t.rawData!.byteOffset + t.rawData!.byteLength);
  return { table: new Int8Array(raw(table)), scales: new Float32Array(raw(scales)), dimensions: Number(table.dims![1]) };
}

/** What the model computes, as a plain loop: look up each token's row, average, normalise. */
export function lookupAndAverage(ids: readonly number[], table: Int8Array, scales: Float32Array, dimensions: number): Float32Array {
  const out = new Float32Array(dimensions);
  for (const id of ids) {
    const scale = scales[id]!;
    const base = id * dimensions;
    for (let k = 0; k < dimensions; k++) out[k]! += table[base + k]! * scale;
  }
  let norm = 0;
  for (let k = 0; k < dimensions; k++) norm += out[k]! * out[k]!;
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < dimensions; k++) out[k]! /= norm;
  return out;
}
