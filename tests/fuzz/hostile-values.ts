import fc from 'fast-check';

const nested = (depth: number): fc.Arbitrary<unknown> =>
  fc.integer({ min: 1, max: depth }).map((d) => {
    let v: unknown = 'leaf';
    for (let i = 0; i < d; i++) v = i % 2 ? [v] : { a: v };
    return v;
  });

/** Values a hostile page or sender might put anywhere: wrong types, odd numbers and dates, prototype keys, deep nesting, large strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.constantFrom(8.7e15, -8.7e15, Number.NaN, Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, '0x', '0xzz', '0x' + 'f'.repeat(80), '__proto__', 'constructor'),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toJSON', 'then', 'type', 'uid'), fc.jsonValue()),
  nested(5_000),
  fc.integer({ min: 0, max: 300_000 }).map((n) => 'x'.repeat(n)),
);

/** A 32-hex uid, or something that looks nearly like one. */
export const uidLike = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), fc.string(), fc.constant('A'.repeat(32)));

/** An observation shaped like the real ones, with every field possibly hostile. */
export const observationLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      type: fc.oneof(fc.constant('request'), hostileValue),
      uid: fc.oneof(uidLike, hostileValue),
      time: fc.oneof(fc.integer(), fc.double(), hostileValue),
      pageTime: fc.oneof(fc.integer(), hostileValue),
      method: fc.oneof(fc.constantFrom('eth_sendTransaction', 'personal_sign', 'wallet_sendCalls', 'eth_call'), hostileValue),
      params: fc.oneof(fc.array(hostileValue, { maxLength: 6 }), hostileValue),
      chainId: fc.oneof(fc.integer(), fc.constantFrom(null, 0, -1, 2 ** 53, 1.5), hostileValue),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      type: fc.oneof(fc.constant('outcome'), hostileValue),
      uid: fc.oneof(uidLike, hostileValue),
      outcome: fc.oneof(
        fc.record({ status: fc.constantFrom('ok', 'error', 'pending', 'done'), txHash: fc.oneof(fc.stringMatching(/^0x[0-9a-f]{64}$/), hostileValue), code: hostileValue }, { requiredKeys: [] }),
        hostileValue,
      ),
    },
    { requiredKeys: [] },
  ),
  hostileValue,
);

/** A value as a file's JSON text would hold it; values JSON cannot write (too deep for the stack, cyclic, BigInt) become text that is not JSON. */
export function jsonText(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return `[${typeof v}`;
  }
}
