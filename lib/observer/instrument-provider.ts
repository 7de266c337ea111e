import { parseChainId } from '../activity/hex';
import { observeRequest, type ObserveDeps, type ProviderState, type Settlement } from './observe-request';

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;
type Provider = Record<string | symbol, unknown>;

// Captured at document_start, before the page can replace them.
const nativeThen = Promise.prototype.then;
const { apply, defineProperty, getOwnPropertyDescriptor } = Reflect;
const isFrozen = Object.isFrozen;

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // Observation is best effort; it must never surface an error to the page.
  }
}

/** Watches a returned promise without changing it: the page keeps the very same object. */
function watchSettlement(result: unknown, settle: Settlement | null): void {
  if (!settle) return;
  // Both outcomes are handled by settle; a further .catch would be one more call the page could observe.
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  if (result instanceof Promise) apply(nativeThen, result, [settle.ok, settle.fail]);
  else if (result && typeof (result as { then?: unknown }).then === 'function') safely(() => (result as PromiseLike<unknown>).then(settle.ok, settle.fail));
  else settle.ok(result);
}

/** Wraps a legacy `(error, response)` callback so its answer is observed, then passes it on untouched. */
function watchCallback(callback: AnyFn, settle: Settlement | null): AnyFn {
  if (!settle) return callback;
  return function (this: unknown, ...args: unknown[]) {
    const [error, response] = args as [unknown, { result?: unknown; error?: unknown } | undefined];
    safely(() => (error ? settle.fail(error) : response?.error ? settle.fail(response.error) : settle.ok(response?.result)));
    return apply(callback, this, args);
  };
}

export interface Instrumenter {
  /** Instruments a provider. Returns the object the page should see: the provider itself, or a stand-in when it is frozen. */
  instrument(provider: unknown): unknown;
}

export function createInstrumenter(deps: ObserveDeps): Instrumenter {
  const states = new WeakMap<object, ProviderState>();
  const standIns = new WeakMap<object, object>();

  function observe(provider: Provider, state: ProviderState, method: unknown, params: unknown): Settlement | null {
    let found: Settlement | null = null;
    safely(() => (found = observeRequest(deps, state, method, params, state.chainId === null ? provider.chainId : undefined)));
    const settle = found as Settlement | null;
    // Recording the answer must not throw either: from a promise callback, a throw would reach the page as an unhandled rejection.
    return settle && { ok: (result) => safely(() => settle.ok(result)), fail: (error) => safely(() => settle.fail(error)) };
  }

  function wrappers(provider: Provider, state: ProviderState, self: () => object): Record<string, AnyFn> {
    const out: Record<string, AnyFn> = {};
    const real = (thisArg: unknown) => (thisArg === self() ? provider : thisArg);
    const request = provider.request as AnyFn | undefined;
    if (typeof request === 'function') {
      out.request = function (this: unknown, ...args: unknown[]) {
        const result = apply(request, real(this), args);
        const arg = args[0] as { method?: unknown; params?: unknown } | undefined;
        watchSettlement(result, observe(provider, state, arg?.method, arg?.params));
        return result;
      };
    }
    const sendAsync = provider.sendAsync as AnyFn | undefined;
    if (typeof sendAsync === 'function') {
      out.sendAsync = function (this: unknown, ...args: unknown[]) {
        const [payload, callback] = args as [{ method?: unknown; params?: unknown } | undefined, unknown];
        if (typeof callback === 'function') args[1] = watchCallback(callback as AnyFn, observe(provider, state, payload?.method, payload?.params));
        return apply(sendAsync, real(this), args);
      };
    }
    const send = provider.send as AnyFn | undefined;
    if (typeof send === 'function') {
      out.send = function (this: unknown, ...args: unknown[]) {
        const [first, second] = args;
        if (typeof first === 'string') {
          const result = apply(send, real(this), args);
          watchSettlement(result, observe(provider, state, first, second));
          return result;
        }
        const payload = first as { method?: unknown; params?: unknown } | undefined;
        if (typeof second === 'function') {
          args[1] = watchCallback(second as AnyFn, observe(provider, state, payload?.method, payload?.params));
          return apply(send, real(this), args);
        }
        const result = apply(send, real(this), args);
        watchSettlement((result as { result?: unknown } | undefined)?.result, observe(provider, state, payload?.method, payload?.params));
        return result;
      };
    }
    // The page sees the wallet's own name and arity, not an anonymous `(...args)` function.
    for (const [name, fn] of Object.entries(out)) {
      const original = provider[name] as AnyFn;
      safely(() => {
        defineProperty(fn, 'name', { value: original.name, configurable: true });
        defineProperty(fn, 'length', { value: original.length, configurable: true });
      });
    }
    return out;
  }

  function followChain(provider: Provider, state: ProviderState): void {
    const on = provider.on as AnyFn | undefined;
    if (typeof on !== 'function') return;
    safely(() => apply(on, provider, ['chainChanged', (id: unknown) => (state.chainId = parseChainId(id) ?? state.chainId)]));
  }

  function patchInPlace(provider: Provider, fns: Record<string, AnyFn>): boolean {
    for (const [name, fn] of Object.entries(fns)) {
      const own = getOwnPropertyDescriptor(provider, name);
      // The slot keeps its attributes: only its value changes.
      const ok = defineProperty(provider, name, { value: fn, writable: own?.writable ?? true, configurable: own?.configurable ?? true, enumerable: own?.enumerable ?? false });
      if (!ok) return false;
    }
    return true;
  }

  function instrumentOne(target: unknown): unknown {
    if (!target || (typeof target !== 'object' && typeof target !== 'function')) return target;
    const provider = target as Provider;
    if (states.has(provider)) return standIns.get(provider) ?? provider;
    const state: ProviderState = { chainId: null };
    states.set(provider, state);
    followChain(provider, state);
    if (!isFrozen(provider)) {
      if (patchInPlace(provider, wrappers(provider, state, () => provider))) return provider;
    }
    // A frozen provider cannot be patched: the page gets a frozen stand-in that inherits everything
    // else from it, and the wrappers call the real provider with the real `this`.
    let standIn: object = provider;
    const fns = wrappers(provider, state, () => standIn);
    const descriptors = Object.fromEntries(Object.entries(fns).map(([k, value]) => [k, { value, enumerable: true }]));
    standIn = Object.freeze(Object.create(provider, descriptors));
    standIns.set(provider, standIn);
    // The page may hand the stand-in back (reassigning window.ethereum, providers[] seen again): it is already instrumented.
    states.set(standIn, state);
    return standIn;
  }

  return {
    instrument(target) {
      const providers = (target as { providers?: unknown } | null)?.providers;
      if (Array.isArray(providers)) providers.forEach((p, i) => safely(() => (providers[i] = instrumentOne(p))));
      return instrumentOne(target);
    },
  };
}
