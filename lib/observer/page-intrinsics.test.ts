import { describe, expect, it } from 'vitest';
import type { PageObservation } from '../messaging/page-channel';
import { createInstrumenter } from './instrument-provider';
import { dateNow } from './intrinsics';
import { pageUid } from './page-uid';

const ACCOUNT = '0x1111111111111111111111111111111111111111';
const ROUTER = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad';
const TX_HASH = '0x' + 'ab'.repeat(32);

// Taken before the test replaces anything, as the observer's own were taken at document_start.
const { apply, defineProperty, getOwnPropertyDescriptor } = Reflect;
const regexExec = RegExp.prototype.exec;
const NativeError = Error;
/** Whether the observer's code (not this test, the runner or Node) is what called: the replacement runs inside one of its files. */
const OBSERVER_FRAME = /\/lib\/(observer|messaging)\/(?!page-intrinsics)[\w-]+\.ts/;
const calledByObserver = () => apply(regexExec, OBSERVER_FRAME, [String(new NativeError().stack)]) !== null;

/** Everything a page might replace after the observer started: each replacement notes that it ran, then does its job. */
const REPLACED: [object, PropertyKey, string][] = [
  ...(['push', 'map', 'filter', 'slice', 'join', 'forEach', 'includes', 'indexOf', Symbol.iterator] as const).map((k): [object, PropertyKey, string] => [Array.prototype, k, `Array.prototype.${String(k)}`]),
  ...(['keys', 'entries', 'fromEntries', 'assign', 'defineProperty', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'create', 'isFrozen'] as const).map((k): [object, PropertyKey, string] => [Object, k, `Object.${k}`]),
  ...(['apply', 'defineProperty', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'ownKeys', 'get'] as const).map((k): [object, PropertyKey, string] => [Reflect, k, `Reflect.${k}`]),
  [JSON, 'parse', 'JSON.parse'],
  [JSON, 'stringify', 'JSON.stringify'],
  ...(['slice', 'padStart', 'charCodeAt', 'indexOf', 'toLowerCase', 'startsWith'] as const).map((k): [object, PropertyKey, string] => [String.prototype, k, `String.prototype.${k}`]),
  ...(['call', 'apply', 'bind'] as const).map((k): [object, PropertyKey, string] => [Function.prototype, k, `Function.prototype.${k}`]),
  [Promise.prototype, 'then', 'Promise.prototype.then'],
  ...(['get', 'set', 'has'] as const).map((k): [object, PropertyKey, string] => [WeakMap.prototype, k, `WeakMap.prototype.${k}`]),
  [Set.prototype, 'has', 'Set.prototype.has'],
  [Map.prototype, 'get', 'Map.prototype.get'],
  [RegExp.prototype, 'exec', 'RegExp.prototype.exec'],
  [RegExp.prototype, 'test', 'RegExp.prototype.test'],
  [Number, 'parseInt', 'Number.parseInt'],
  [Number, 'isSafeInteger', 'Number.isSafeInteger'],
  [Number, 'isFinite', 'Number.isFinite'],
  [Number.prototype, 'toString', 'Number.prototype.toString'],
  [Date, 'now', 'Date.now'],
  [crypto, 'getRandomValues', 'crypto.getRandomValues'],
];
/** Keys the observer reads on, or adds to, objects: a getter or setter on Object.prototype would see them. */
const PROTOTYPE_TRAPS = ['method', 'params', 'from', 'to', 'data', 'input', 'value', 'chainId', 'calls', 'domain', 'primaryType', 'name', 'version', 'verifyingContract', 'code', 'result', 'error', 'id', 'uid', 'type', 'outcome', 'status', 'txHash', 'accounts'];

/** Appends without [[Set]]: `list[i] = x` would itself meet the setters installed below. */
const append = <T>(list: T[], value: T) => void defineProperty(list, list.length, { __proto__: null, value, writable: true, enumerable: true, configurable: true } as PropertyDescriptor);

function replaceAll(seen: string[]): () => void {
  const undo: (() => void)[] = [];
  // Only what runs between installing and undoing counts, not the installing itself.
  let recording = false;
  for (let i = 0; i < REPLACED.length; i++) {
    const target = REPLACED[i]![0];
    const key = REPLACED[i]![1];
    const name = REPLACED[i]![2];
    // An inherited method (crypto.getRandomValues in Node) is replaced by an own one, as a page would.
    const before = getOwnPropertyDescriptor(target, key);
    const original = (before ? before.value : (target as Record<PropertyKey, unknown>)[key]) as (...args: unknown[]) => unknown;
    const replacement = function (this: unknown, ...args: unknown[]) {
      if (recording && calledByObserver()) append(seen, name);
      return apply(original, this, args);
    };
    defineProperty(target, key, { __proto__: null, configurable: true, writable: true, value: replacement } as PropertyDescriptor);
    append(undo, () => void (before ? defineProperty(target, key, before) : delete (target as Record<PropertyKey, unknown>)[key]));
  }
  for (let i = 0; i < PROTOTYPE_TRAPS.length; i++) {
    const key = PROTOTYPE_TRAPS[i]!;
    // Without a prototype: once 'value' has a getter on Object.prototype, a plain descriptor would inherit it.
    const trap = {
      __proto__: null,
      configurable: true,
      get: () => (recording && calledByObserver() ? append(seen, `get Object.prototype.${key}`) : undefined),
      set: () => (recording && calledByObserver() ? append(seen, `set Object.prototype.${key}`) : undefined),
    };
    defineProperty(Object.prototype, key, trap as PropertyDescriptor);
    append(undo, () => void delete (Object.prototype as Record<string, unknown>)[key]);
  }
  recording = true;
  return () => {
    recording = false;
    for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
  };
}

describe('a page that replaces built-ins after the observer started', () => {
  it('neither sees nor changes what is recorded: none of its replacements run, and the records are exact', async () => {
    const typed = JSON.stringify({ primaryType: 'Permit', domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: ROUTER }, message: { note: 'secret' } });
    // A wallet that itself uses nothing the test replaces.
    const answers: Record<string, unknown> = { eth_chainId: '0x89', eth_requestAccounts: [ACCOUNT], eth_sendTransaction: TX_HASH, eth_signTypedData_v4: '0x' + '5'.repeat(130) };
    const provider = { chainId: '0x89', request: (args: { method: string }) => Promise.resolve(answers[args.method]) };
    const emitted: PageObservation[] = [];
    // The page's later tasks are run by hand, so no timer of the test runner's own runs (and calls built-ins) meanwhile.
    const tasks: (() => void)[] = [];
    const runTasks = () => {
      while (tasks.length > 0) tasks.shift()!();
    };
    createInstrumenter({ emit: (o) => append(emitted, o), now: () => dateNow(), uid: pageUid, later: (task) => append(tasks, task) }).instrument(provider);
    const turns = async () => {
      for (let i = 0; i < 5; i++) await undefined;
    };

    const seen: string[] = [];
    const queued = [
      { method: 'eth_chainId' },
      { method: 'eth_requestAccounts' },
      { method: 'eth_sendTransaction', params: [{ from: ACCOUNT, to: ROUTER, data: '0xdeadbeef', value: '0x0', chainId: '0x89' }] },
      { method: 'eth_signTypedData_v4', params: [ACCOUNT, typed] },
    ];
    // Node loads its WebCrypto internals on the first call (and they iterate arrays): not the observer's doing.
    pageUid();
    const restore = replaceAll(seen);
    try {
      // Only microtask turns while the built-ins are replaced: the requests, their answers, and the observer's later work.
      for (let i = 0; i < queued.length; i++) {
        void provider.request(queued[i]!);
        await turns();
      }
      runTasks();
      await turns();
      runTasks();
    } finally {
      restore();
    }

    expect(seen).toEqual([]);
    const uid = (i: number) => (emitted[i] as { uid: string }).uid;
    expect(emitted).toEqual([
      { type: 'request', uid: expect.stringMatching(/^[0-9a-f]{32}$/), time: expect.any(Number), method: 'eth_requestAccounts', params: [], chainId: 137 },
      { type: 'outcome', uid: uid(0), outcome: { status: 'ok', accounts: [ACCOUNT] } },
      { type: 'request', uid: expect.stringMatching(/^[0-9a-f]{32}$/), time: expect.any(Number), method: 'eth_sendTransaction', params: [{ from: ACCOUNT, to: ROUTER, data: '0xdeadbeef', value: '0x0', chainId: '0x89' }], chainId: 137 },
      { type: 'outcome', uid: uid(2), outcome: { status: 'ok', txHash: TX_HASH } },
      { type: 'request', uid: expect.stringMatching(/^[0-9a-f]{32}$/), time: expect.any(Number), method: 'eth_signTypedData_v4', params: [{ primaryType: 'Permit', domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: ROUTER } }], chainId: 137 },
      { type: 'outcome', uid: uid(4), outcome: { status: 'ok' } },
    ]);
    expect(new Set([uid(0), uid(2), uid(4)]).size).toBe(3);
  });
});
