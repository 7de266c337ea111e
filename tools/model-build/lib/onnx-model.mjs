// Writes the static model as ONNX with onnx-proto:
//   input_ids (int64 [batch, seq]) ─Gather(int8 table)─Cast(float)─┐
//   input_ids ─Gather(float scales)─Unsqueeze(-1)────────────────Mul─▶ last_hidden_state [batch, seq, k]
// Transformers.js feeds only the inputs a session declares, and its feature-extraction pipeline
// does mean pooling with the tokenizer's attention mask, so input_ids is the only input.
import { require } from './paths.mjs';

const { onnx } = require('onnx-proto');
const { TensorProto } = onnx;

export const opsetVersion = 13;

/** @returns {Uint8Array} serialised ModelProto. */
export function buildOnnxModel({ table, scales, dims, producerVersion }) {
  const vocab = scales.length;
  const initializer = [
    tensor('embedding_int8', TensorProto.DataType.INT8, [vocab, dims], new Uint8Array(table.buffer, table.byteOffset, table.byteLength)),
    tensor('embedding_scale', TensorProto.DataType.FLOAT, [vocab], littleEndianFloats(scales)),
    tensor('unsqueeze_axes', TensorProto.DataType.INT64, [1], littleEndianInt64([-1])),
  ];
  const node = [
    op('Gather', ['embedding_int8', 'input_ids'], ['rows_int8'], { axis: 0 }),
    op('Cast', ['rows_int8'], ['rows_float'], { to: TensorProto.DataType.FLOAT }),
    op('Gather', ['embedding_scale', 'input_ids'], ['row_scale'], { axis: 0 }),
    op('Unsqueeze', ['row_scale', 'unsqueeze_axes'], ['row_scale_3d']),
    op('Mul', ['rows_float', 'row_scale_3d'], ['last_hidden_state']),
  ];
  const graph = onnx.GraphProto.create({
    name: 'sextant_static_embedding',
    node,
    initializer,
    input: [valueInfo('input_ids', TensorProto.DataType.INT64, ['batch_size', 'sequence_length'])],
    output: [valueInfo('last_hidden_state', TensorProto.DataType.FLOAT, ['batch_size', 'sequence_length', dims])],
  });
  const model = onnx.ModelProto.create({
    irVersion: 7, // opset 13 needs IR ≥ 7; onnxruntime 1.14 (Transformers.js 2.17) reads it
    opsetImport: [onnx.OperatorSetIdProto.create({ domain: '', version: opsetVersion })],
    producerName: 'sextant-model-build',
    producerVersion,
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}

function tensor(name, dataType, dims, rawData) {
  return TensorProto.create({ name, dataType, dims, rawData });
}

function op(opType, input, output, attrs = {}) {
  const attribute = Object.entries(attrs).map(([name, i]) =>
    onnx.AttributeProto.create({ name, type: onnx.AttributeProto.AttributeType.INT, i }),
  );
  return onnx.NodeProto.create({ opType, input, output, name: `${opType}_${output[0]}`, attribute });
}

function valueInfo(name, elemType, shape) {
  const dim = shape.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return onnx.ValueInfoProto.create({
    name,
    type: { tensorType: { elemType, shape: { dim } } },
  });
}

function littleEndianFloats(values) {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return new Uint8Array(view.buffer);
}

function littleEndianInt64(values) {
  const view = new DataView(new ArrayBuffer(values.length * 8));
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return new Uint8Array(view.buffer);
}
