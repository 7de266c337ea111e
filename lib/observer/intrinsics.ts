/**
 * The built-ins the page-world observer uses, captured when this module is evaluated: in the
 * MAIN-world script that is document_start, before any page script can replace or wrap them.
 * Later the observer calls only these, through `apply`, never a method looked up on the page's
 * prototypes (`x.slice()`, `fn.call()`, `for…of`, `JSON.stringify`, `Array.prototype.push`): a page
 * that patches those afterwards can neither see nor change what Sextant records, nor notice it.
 * The same goes for objects: the observer builds its own with literals or without a prototype, and
 * reads the page's (arguments, params, answers) through `own`, which never runs a getter.
 */
export const { apply, defineProperty, getOwnPropertyDescriptor, getPrototypeOf, ownKeys } = Reflect;
export const { create: createObject, isFrozen } = Object;
export const { isArray } = Array;
export const { isSafeInteger } = Number;
export const { now: dateNow } = Date;
export const NativeProxy = Proxy;
export const ObjectPrototype = Object.prototype;
export const FunctionPrototype = Function.prototype;
export const NativePromise = Promise;
export const PromisePrototype = Promise.prototype;
export const nativeThen = Promise.prototype.then;
export const nativeToString = Function.prototype.toString;
export const jsonParse = JSON.parse;
const hasOwnProperty = Object.prototype.hasOwnProperty;
const stringSlice = String.prototype.slice;
const stringCharCodeAt = String.prototype.charCodeAt;
const NativeWeakMap = WeakMap;
const { get: weakGet, set: weakSet, has: weakHas } = WeakMap.prototype;

export const hasOwn = (object: object, key: PropertyKey): boolean => apply(hasOwnProperty, object, [key]) as boolean;
export const slice = (text: string, start: number, end?: number): string => apply(stringSlice, text, end === undefined ? [start] : [start, end]) as string;
export const charCodeAt = (text: string, index: number): number => apply(stringCharCodeAt, text, [index]) as number;
export const isObjectLike = (value: unknown): value is object => value !== null && (typeof value === 'object' || typeof value === 'function');

/**
 * A property the page's object holds itself, as plain data: a getter is never run (it might count
 * reads, throw on the second one, or answer differently each time), and nothing is looked up on a
 * prototype the page could have filled. Anything else reads as undefined.
 */
export function own(object: unknown, key: PropertyKey): unknown {
  if (!isObjectLike(object)) return undefined;
  const descriptor = getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && hasOwn(descriptor, 'value') ? descriptor.value : undefined;
}

/** A property descriptor without a prototype: defineProperty reads get, set, enumerable… from it, and must not find a page's Object.prototype getters. */
export const dataDescriptor = (value: unknown): PropertyDescriptor => ({ __proto__: null, value }) as PropertyDescriptor;

/** Adds a property the way an object literal does: a setter the page put on a prototype for that key is never called. */
export function put(target: object, key: PropertyKey, value: unknown): void {
  defineProperty(target, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true } as PropertyDescriptor);
}

export interface SafeWeakMap<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  has(key: K): boolean;
}

/** A WeakMap whose methods were captured at document_start: a page's WeakMap.prototype.set cannot see the keys. */
export function safeWeakMap<K extends object, V>(): SafeWeakMap<K, V> {
  const map = new NativeWeakMap<K, V>();
  return {
    get: (key) => apply(weakGet, map, [key]) as V | undefined,
    set: (key, value) => void apply(weakSet, map, [key, value]),
    has: (key) => apply(weakHas, map, [key]) as boolean,
  };
}
