import { cloak, isCloaked } from './cloak-to-string';
import {
  apply,
  dataDescriptor,
  defineProperty,
  FunctionPrototype,
  getOwnPropertyDescriptor,
  getPrototypeOf,
  hasOwn,
  isObjectLike,
  NativeProxy,
  nativeThen,
  nativeToString,
  NativePromise,
  ObjectPrototype,
  ownKeys,
  own,
  PromisePrototype,
  safeWeakMap,
} from './intrinsics';
import { quietly } from './quietly';
import type { ProviderState, Settlement } from './observe-request';

type AnyFn = (...args: unknown[]) => unknown;
type Trap = (target: AnyFn, self: unknown, args: unknown[]) => unknown;

export const METHODS = ['request', 'sendAsync', 'send'] as const;
export type MethodName = (typeof METHODS)[number];
const MAX_CHAIN = 16;
const stringIndexOf = String.prototype.indexOf;

/** Where a method lives: on the provider itself or on an object up its prototype chain. */
function findSlot(provider: object, name: string): { owner: object; descriptor: PropertyDescriptor } | null {
  let owner: object | null = provider;
  for (let depth = 0; owner !== null && depth < MAX_CHAIN; depth++) {
    const descriptor = getOwnPropertyDescriptor(owner, name);
    if (descriptor !== undefined) return { owner, descriptor };
    owner = getPrototypeOf(owner) as object | null;
  }
  return null;
}

const isNative = (fn: AnyFn): boolean => (apply(stringIndexOf, apply(nativeToString, fn, []), ['[native code]']) as number) >= 0;

/**
 * Watches an answer and returns what the page gets. Only a promise of this realm is watched, through
 * the captured `then` (a page cannot intercept it), and watching marks that promise handled. So a
 * plain one is handed on as a new promise that settles as the wallet's does: a rejection the page
 * leaves unhandled still raises its `unhandledrejection`, for the promise the page holds. A promise
 * with properties of its own (a wallet's event-emitting promise) is watched in place and stays the
 * page's. Any other object with a `then` is a thenable whose `then` the wallet or page may count: it
 * is left alone, and its outcome is not known. Anything else is the answer itself.
 */
function watch(result: unknown, settle: Settlement | null): unknown {
  if (settle === null) return result;
  if (!isObjectLike(result)) {
    settle.ok(result);
    return result;
  }
  if (getPrototypeOf(result) === PromisePrototype) {
    if (ownKeys(result).length > 0) {
      // Both outcomes are handled by settle; a further .catch would be one more reaction on the page's promise.
      // eslint-disable-next-line @typescript-eslint/no-floating-promises
      apply(nativeThen, result, [settle.ok, settle.fail]);
      return result;
    }
    return new NativePromise((resolve, reject) => {
      const ok = (value: unknown) => {
        quietly(() => settle.ok(value));
        resolve(value);
      };
      const fail = (error: unknown) => {
        quietly(() => settle.fail(error));
        reject(error);
      };
      // eslint-disable-next-line @typescript-eslint/no-floating-promises
      apply(nativeThen, result, [ok, fail]);
    });
  }
  if (findSlot(result, 'then') === null) settle.ok(result);
  return result;
}

/** A legacy `(error, response)` callback that reports the answer, then calls the page's callback with the same `this` and arguments. */
function watchCallback(callback: AnyFn, settle: Settlement): AnyFn {
  const handler = {
    __proto__: null,
    apply(target: AnyFn, self: unknown, args: unknown[]) {
      quietly(() => {
        const error = args.length > 0 ? args[0] : undefined;
        const response = args.length > 1 ? args[1] : undefined;
        const rpcError = own(response, 'error');
        if (error) settle.fail(error);
        else if (rpcError) settle.fail(rpcError);
        else settle.ok(own(response, 'result'));
      });
      return apply(target, self, args);
    },
  };
  return new NativeProxy(callback, handler as ProxyHandler<AnyFn>);
}

// One per page, like the wrappers themselves: a wrapper on a shared prototype serves every provider
// registered here, each with the recorder of the instrumenter that found it.
export const states = safeWeakMap<object, ProviderState>();
const stateOf = (self: unknown): ProviderState | undefined => (isObjectLike(self) ? states.get(self) : undefined);

/** Reads `method` and `params` once, without running getters, after the wallet already has the call. */
function begin(state: ProviderState, payload: unknown): Settlement | null {
  let settle: Settlement | null = null;
  quietly(() => (settle = state.recorder.begin(state, own(payload, 'method'), own(payload, 'params'))));
  return settle;
}

function requestTrap(fixed: ProviderState | null): Trap {
  return (target, self, args) => {
    const result = apply(target, self, args);
    const state = fixed ?? stateOf(self);
    let answer = result;
    if (state !== undefined) quietly(() => (answer = watch(result, begin(state, args.length > 0 ? args[0] : undefined))));
    return answer;
  };
}

/** sendAsync(payload, callback) and send(payload, callback): the callback carries the answer. */
function callbackCall(state: ProviderState, target: AnyFn, self: unknown, args: unknown[]): unknown {
  const callback = args[1] as AnyFn;
  const settle = begin(state, args[0]);
  if (settle !== null) args[1] = watchCallback(callback, settle);
  return apply(target, self, args);
}

function sendAsyncTrap(fixed: ProviderState | null): Trap {
  return (target, self, args) => {
    const state = fixed ?? stateOf(self);
    if (state === undefined || args.length < 2 || typeof args[1] !== 'function') return apply(target, self, args);
    return callbackCall(state, target, self, args);
  };
}

function sendTrap(fixed: ProviderState | null): Trap {
  return (target, self, args) => {
    const state = fixed ?? stateOf(self);
    if (state === undefined || args.length === 0) return apply(target, self, args);
    const first = args[0];
    if (args.length > 1 && typeof args[1] === 'function' && typeof first !== 'string') return callbackCall(state, target, self, args);
    const result = apply(target, self, args);
    let answer = result;
    // send(method, params) answers with a promise; send(payload) with a JSON-RPC response at once.
    if (typeof first === 'string') quietly(() => (answer = watch(result, state.recorder.begin(state, first, args.length > 1 ? args[1] : undefined))));
    else quietly(() => void watch(own(result, 'result'), begin(state, first)));
    return answer;
  };
}

const traps: Record<MethodName, (fixed: ProviderState | null) => Trap> = { request: requestTrap, sendAsync: sendAsyncTrap, send: sendTrap };

/** 'absent': no such method; 'blocked': there, but it cannot be wrapped without the page noticing. */
export function wrap(provider: object, state: ProviderState, name: MethodName): 'wrapped' | 'absent' | 'blocked' {
  const slot = findSlot(provider, name);
  if (slot === null) return 'absent';
  const { owner, descriptor } = slot;
  // An accessor would have to become a data property, or return a different function on every read.
  if (!hasOwn(descriptor, 'value')) return 'blocked';
  const original = descriptor.value as unknown;
  if (typeof original !== 'function') return 'absent';
  if (isCloaked(original)) return 'wrapped';
  if (!descriptor.writable && !descriptor.configurable) return 'blocked';
  // Inherited: wrapped on the prototype that holds it, where it also serves other objects; the wrapper
  // then watches only calls on providers it knows. Never on a built-in prototype or a built-in method.
  const shared = owner !== provider;
  if (shared && (owner === ObjectPrototype || owner === FunctionPrototype || isNative(original as AnyFn))) return 'blocked';
  const wrapper = new NativeProxy(original as AnyFn, { __proto__: null, apply: traps[name](shared ? null : state) } as ProxyHandler<AnyFn>);
  // Only the value changes: defineProperty keeps the slot's writable, enumerable and configurable as they were.
  if (!defineProperty(owner, name, dataDescriptor(wrapper))) return 'blocked';
  cloak(wrapper, original as AnyFn);
  return 'wrapped';
}

