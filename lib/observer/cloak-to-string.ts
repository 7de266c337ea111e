import { apply, dataDescriptor, defineProperty, FunctionPrototype, getOwnPropertyDescriptor, hasOwn, NativeProxy, safeWeakMap } from './intrinsics';

type AnyFn = (...args: unknown[]) => unknown;

// One per page: every wrapper made in this realm is listed here, whichever instrumenter made it.
const originals = safeWeakMap<object, object>();
let installed = false;

/**
 * A wrapper is a Proxy of the wallet's function, so its name, length, prototype and own properties
 * are the original's. Only Function.prototype.toString would tell (a Proxy prints as
 * `function () { [native code] }`): the first time a wrapper is made, toString itself is replaced
 * by a Proxy of itself that prints each wrapper as its original, and itself as the native function.
 * Nothing changes on pages where no wallet is wrapped.
 */
function install(): void {
  installed = true;
  const slot = getOwnPropertyDescriptor(FunctionPrototype, 'toString');
  if (slot === undefined || !hasOwn(slot, 'value') || typeof slot.value !== 'function') return;
  const toString = slot.value as AnyFn;
  const handler = { __proto__: null, apply: (target: AnyFn, self: unknown, args: unknown[]) => apply(target, originals.get(self as object) ?? self, args) };
  const cloaked = new NativeProxy(toString, handler as ProxyHandler<AnyFn>);
  originals.set(cloaked, toString);
  defineProperty(FunctionPrototype, 'toString', dataDescriptor(cloaked));
}

/** Makes `wrapper` print as `original` through Function.prototype.toString. */
export function cloak(wrapper: object, original: object): void {
  if (!installed) install();
  originals.set(wrapper, original);
}

/** Whether `fn` is a wrapper Sextant made (so it is never wrapped twice). */
export const isCloaked = (fn: object): boolean => originals.has(fn);
