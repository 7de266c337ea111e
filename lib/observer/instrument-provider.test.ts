import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageObservation } from '../messaging/page-channel';
import { createInstrumenter } from './instrument-provider';
import type { ObserveDeps } from './observe-request';

const NOW = 1_757_845_260_000;
const ACCOUNT = '0x1111111111111111111111111111111111111111';
const ROUTER = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad';
const TX_HASH = '0x' + 'ab'.repeat(32);
const CALLDATA = '0x3593564c000000000000000000000000000000000000000000000000000000000000beef';
const SECRET_TEXT = 'Sign in to Example: nonce 8f2c TOP-SECRET';
const SECRET_HEX = '0x' + Buffer.from(SECRET_TEXT).toString('hex');

type Args = { method: string; params?: unknown };
type Answer = (args: Args) => unknown;
type Listener = (value: unknown) => void;
interface Call {
  args: Args;
  self: unknown;
}

/** What a typical wallet answers; tests override single methods. */
function walletAnswer({ method }: Args): Promise<unknown> {
  switch (method) {
    case 'eth_requestAccounts':
    case 'eth_accounts':
      return Promise.resolve([ACCOUNT]);
    case 'eth_chainId':
      return Promise.resolve('0x1');
    case 'eth_sendTransaction':
      return Promise.resolve(TX_HASH);
    case 'personal_sign':
    case 'eth_signTypedData_v4':
      return Promise.resolve('0x' + '5'.repeat(130));
    default:
      return Promise.resolve(null);
  }
}

/** A plain-object EIP-1193 provider that records each call and the `this` it got. */
function plainWallet(answer: Answer = walletAnswer) {
  const calls: Call[] = [];
  const listeners = new Map<string, Listener[]>();
  const provider = {
    isMetaMask: true,
    request(this: unknown, args: Args): unknown {
      calls.push({ args, self: this });
      return answer(args);
    },
    on(event: string, listener: Listener): void {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
  };
  const listenerCount = (event: string) => listeners.get(event)?.length ?? 0;
  return { provider, calls, listenerCount };
}
type PlainProvider = ReturnType<typeof plainWallet>['provider'];

/** A provider whose methods live on its prototype and rely on `this`, like many wallets' classes. */
class ClassWallet {
  readonly calls: Call[] = [];
  readonly #answer: Answer;
  constructor(answer: Answer = walletAnswer) {
    this.#answer = answer;
  }
  request(args: Args): unknown {
    this.calls.push({ args, self: this });
    return this.#answer(args);
  }
}

/** The page's setTimeout, as the entrypoint hands it over: sending happens in a later task. */
const later = (task: () => void) => void setTimeout(task, 0);

function deps(emit: ObserveDeps['emit'], now = () => NOW): ObserveDeps {
  let next = 0;
  return { emit, now, uid: () => (++next).toString(16).padStart(32, '0'), later };
}

function setup(now?: () => number) {
  const emitted: PageObservation[] = [];
  const instrumenter = createInstrumenter(deps((observation) => void (emitted[emitted.length] = observation), now));
  const requests = () => emitted.filter((o) => o.type === 'request');
  const outcomes = () => emitted.filter((o) => o.type === 'outcome');
  const dropped = () => emitted.filter((o) => o.type === 'dropped');
  return { emitted, instrumenter, requests, outcomes, dropped };
}

/** Lets every pending promise callback run, and the observer send what it noted. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('instrumenting request() leaves the page’s view unchanged', () => {
  it('hands on a native promise that resolves to the very value the wallet resolved to', async () => {
    const accounts = [ACCOUNT];
    const walletPromise = Promise.resolve(accounts);
    const { provider } = plainWallet(() => walletPromise);
    setup().instrumenter.instrument(provider);

    const returned = provider.request({ method: 'eth_requestAccounts' });
    expect(Object.getPrototypeOf(returned)).toBe(Promise.prototype);
    expect(Reflect.ownKeys(returned as object)).toEqual([]);
    expect(await returned).toBe(accounts);
  });

  it('returns the very promise when the wallet’s promise carries properties of its own', async () => {
    const walletPromise = Object.assign(Promise.resolve('0x1'), { on: () => undefined });
    const { provider } = plainWallet(() => walletPromise);
    const { instrumenter, outcomes } = setup();
    instrumenter.instrument(provider);

    const returned = provider.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] });
    expect(returned).toBe(walletPromise);
    expect(await returned).toBe('0x1');
    await vi.waitFor(() => expect(outcomes().at(-1)?.outcome).toMatchObject({ status: 'ok' }));
  });

  it('a recorded request’s rejection the page leaves unhandled is reported unhandled, for the promise the page holds', async () => {
    const failure = Object.assign(new Error('User rejected the request.'), { code: 4001 });
    const unhandled: { reason: unknown; promise: unknown }[] = [];
    const onUnhandled = (reason: unknown, promise: unknown) => void unhandled.push({ reason, promise });
    process.on('unhandledRejection', onUnhandled);
    try {
      const { provider } = plainWallet(() => Promise.reject(failure));
      const { instrumenter, outcomes } = setup();
      instrumenter.instrument(provider);
      const returned = provider.request({ method: 'personal_sign', params: ['0x00', ACCOUNT] });
      await vi.waitFor(() => expect(unhandled).toEqual([{ reason: failure, promise: returned }]));
      expect(outcomes().at(-1)?.outcome).toMatchObject({ status: 'error', code: 4001 });
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('passes the wallet’s very rejection error object to the page', async () => {
    const error = Object.assign(new Error('User rejected the request.'), { code: 4001 });
    const walletPromise = Promise.reject(error);
    const { provider } = plainWallet(() => walletPromise);
    setup().instrumenter.instrument(provider);

    const returned = provider.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] });
    await expect(returned).rejects.toBe(error);
  });

  it('returns a plain answer unchanged and records it', async () => {
    const sync = { answer: 42 };
    const { provider } = plainWallet(() => sync);
    const { instrumenter, outcomes } = setup();
    instrumenter.instrument(provider);
    expect(provider.request({ method: 'wallet_watchAsset', params: [] })).toBe(sync);
    await settle();
    expect(outcomes().map((o) => o.outcome)).toEqual([{ status: 'ok' }]);
  });

  it('never calls a thenable answer’s then: only the page does, as many times as without Sextant', async () => {
    let thenCalls = 0;
    const thenable = {
      then(ok: (v: unknown) => void) {
        thenCalls++;
        ok(TX_HASH);
      },
    };
    const { provider } = plainWallet(() => thenable);
    const { instrumenter, requests, outcomes } = setup();
    instrumenter.instrument(provider);

    const returned = provider.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] });
    expect(returned).toBe(thenable);
    await settle();
    expect(thenCalls).toBe(0);
    expect(await returned).toBe(TX_HASH);
    expect(thenCalls).toBe(1);
    // Recorded, its outcome unknown: finding it would have cost the extra call.
    expect(requests()).toHaveLength(1);
    expect(outcomes()).toEqual([]);
  });

  it('rethrows a synchronous throw from the wallet as is and records nothing', async () => {
    const error = new TypeError('bad args');
    const { provider } = plainWallet(() => {
      throw error;
    });
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    expect(() => provider.request({ method: 'eth_requestAccounts' })).toThrow(error);
    await settle();
    expect(emitted).toEqual([]);
  });

  it('calls the wallet synchronously with the page’s own arguments, and records in a later task', async () => {
    const log: string[] = [];
    const pending = deferred<unknown>();
    const { provider, calls } = plainWallet(() => {
      log.push('wallet');
      return pending.promise;
    });
    createInstrumenter(deps((o) => void log.push(`emit ${o.type}`))).instrument(provider);

    const args = { method: 'eth_requestAccounts', params: [] };
    void provider.request(args);
    // No await has happened: the wallet already has the request, and nothing else was done on the page's call.
    expect(log).toEqual(['wallet']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args).toBe(args);
    await settle();
    expect(log).toEqual(['wallet', 'emit request']);
  });

  it('gives the original request the `this` the page called it with', () => {
    const { provider, calls } = plainWallet();
    setup().instrumenter.instrument(provider);
    const other = { some: 'object' };

    void provider.request({ method: 'eth_chainId' });
    void provider.request.call(other, { method: 'eth_chainId' });
    const detached = provider.request;
    void detached({ method: 'eth_chainId' });
    void Reflect.apply(provider.request, 7, [{ method: 'eth_chainId' }]);

    expect(calls.map((c) => c.self)).toEqual([provider, other, undefined, 7]);
    expect(calls[1]?.self).toBe(other);
  });

  it('never runs a getter on the page’s arguments: one that throws on a second read cannot make request() throw', async () => {
    let reads = 0;
    const args = {
      get method() {
        if (++reads > 1) throw new Error('read twice');
        return 'personal_sign';
      },
      params: [],
    };
    const { provider, calls } = plainWallet((a) => walletAnswer({ method: a.method }));
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);

    await expect(provider.request(args as unknown as Args)).resolves.toMatch(/^0x5+$/);
    expect(calls[0]?.args).toBe(args);
    // Only the wallet read it. A getter-only method is not recorded: reading it is a read the page could count.
    expect(reads).toBe(1);
    await settle();
    expect(emitted).toEqual([]);
  });

  it('does not read the params on the call path; later it reads only the fields it keeps, never through getters', async () => {
    const touched: PropertyKey[] = [];
    const tx = { from: ACCOUNT, to: ROUTER, data: '0x' + 'ab'.repeat(2_500_000), gas: '0x5208' };
    const spy = new Proxy(tx, {
      get: (t, key) => (touched.push(key), Reflect.get(t, key)),
      getOwnPropertyDescriptor: (t, key) => (touched.push(key), Reflect.getOwnPropertyDescriptor(t, key)),
    });
    const { provider } = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);

    void provider.request({ method: 'eth_sendTransaction', params: [spy] });
    expect(touched).toEqual([]);
    await settle();
    expect(touched.every((key) => ['data', 'input', 'from', 'to', 'value', 'chainId'].includes(String(key)))).toBe(true);
    expect((requests()[0]?.params[0] as { data: string }).data).toHaveLength(65_536);
  });

  it('counts a flood past the rate limit instead of sanitising and sending it', async () => {
    const { provider } = plainWallet(() => Promise.resolve('0x' + '5'.repeat(130)));
    const { instrumenter, requests, outcomes, dropped } = setup();
    instrumenter.instrument(provider);
    for (let i = 0; i < 10_000; i++) void provider.request({ method: 'personal_sign', params: ['0x00', ACCOUNT] });
    // Sent a bounded number per task: wait until everything has gone.
    await expect.poll(() => outcomes().length).toBe(100);
    expect(requests()).toHaveLength(100);
    expect(dropped()).toEqual([{ type: 'dropped', reason: 'rate-limited', count: 9_900 }]);
  });

  it('counts, instead of recording, a request whose params throw when read (a page’s Proxy)', async () => {
    const params = new Proxy([], {
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
    });
    const { provider } = plainWallet();
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    await expect(provider.request({ method: 'eth_sendTransaction', params })).resolves.toBe(TX_HASH);
    await settle();
    expect(emitted).toEqual([{ type: 'dropped', reason: 'invalid-shape', count: 1 }]);
  });
});

describe('descriptors and identity', () => {
  function source(fn: unknown) {
    return Function.prototype.toString.call(fn);
  }

  it('an own request keeps its descriptor, name, length, own properties and printed source', () => {
    const provider = {
      request: function request(_args: unknown) {
        return Promise.resolve(null);
      },
      send: function send(_a: unknown, _b: unknown) {
        return null;
      },
      sendAsync: function sendAsync(_a: unknown, _b: unknown) {
        return undefined;
      },
    };
    Object.defineProperty(provider, 'request', { enumerable: false });
    (provider.send as unknown as { tag: string }).tag = 'wallet';
    const names = ['request', 'send', 'sendAsync'] as const;
    const before = Object.fromEntries(names.map((k) => [k, { descriptor: Object.getOwnPropertyDescriptor(provider, k)!, fn: provider[k] }]));
    setup().instrumenter.instrument(provider);
    for (const name of names) {
      const fn = provider[name] as (...args: unknown[]) => unknown;
      const was = before[name]!;
      expect(fn, name).not.toBe(was.fn);
      const { value: _before, ...attributes } = was.descriptor;
      const { value: _after, ...now } = Object.getOwnPropertyDescriptor(provider, name)!;
      expect(now, name).toEqual(attributes);
      expect(fn.name, name).toBe(name);
      expect(fn.length, name).toBe(name === 'request' ? 1 : 2);
      expect(Reflect.ownKeys(fn), name).toEqual(Reflect.ownKeys(was.fn));
      expect(Object.getOwnPropertyDescriptor(fn, 'prototype'), name).toEqual(Object.getOwnPropertyDescriptor(was.fn, 'prototype'));
      expect(source(fn), name).toBe(source(was.fn));
      expect(String(fn), name).toBe(String(was.fn));
    }
    expect((provider.send as unknown as { tag: string }).tag).toBe('wallet');
    expect(Object.keys(provider)).toEqual(['send', 'sendAsync']);
  });

  it('Function.prototype.toString still prints itself as native code', () => {
    setup().instrumenter.instrument(plainWallet().provider);
    expect(Function.prototype.toString.toString()).toBe('function toString() { [native code] }');
    expect(source(Function.prototype.toString)).toBe('function toString() { [native code] }');
    expect(Function.prototype.toString.name).toBe('toString');
    expect(Function.prototype.toString.length).toBe(0);
    expect(() => Function.prototype.toString.call({})).toThrow(TypeError);
  });

  it('wraps an inherited request on the prototype: the instance gains no own property, and only it is recorded', async () => {
    class Wallet extends ClassWallet {}
    const wallet = new Wallet();
    const bystander = new Wallet();
    const ownBefore = Reflect.ownKeys(wallet);
    const protoBefore = Object.getOwnPropertyDescriptor(ClassWallet.prototype, 'request')!;
    const { instrumenter, requests } = setup();

    instrumenter.instrument(wallet);
    expect(Reflect.ownKeys(wallet)).toEqual(ownBefore);
    expect(Object.prototype.hasOwnProperty.call(wallet, 'request')).toBe(false);
    const { value: _v, ...protoNow } = Object.getOwnPropertyDescriptor(ClassWallet.prototype, 'request')!;
    const { value: _w, ...protoWas } = protoBefore;
    expect(protoNow).toEqual(protoWas);
    expect(source(ClassWallet.prototype.request)).toBe(source(protoBefore.value));

    await expect(wallet.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    expect(wallet.calls[0]?.self).toBe(wallet);
    await bystander.request({ method: 'eth_requestAccounts' });
    expect(bystander.calls[0]?.self).toBe(bystander);
    await settle();
    expect(requests()).toHaveLength(1);
  });

  it('watches a frozen instance through its (unfrozen) prototype, leaving the instance as it was', async () => {
    const wallet = Object.freeze(new ClassWallet());
    const { instrumenter, requests } = setup();
    instrumenter.instrument(wallet);
    expect(Object.isFrozen(wallet)).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(wallet, 'request')).toBe(false);
    await wallet.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(requests()).toHaveLength(1);
  });

  it('leaves a frozen plain provider exactly as it was, records none of its calls, and counts it once', async () => {
    const { provider, calls } = plainWallet();
    const originalRequest = provider.request;
    const frozen = Object.freeze(provider);
    const descriptor = Object.getOwnPropertyDescriptor(frozen, 'request');
    const { instrumenter, emitted } = setup();

    instrumenter.instrument(frozen);
    instrumenter.instrument(frozen);
    expect(frozen.request).toBe(originalRequest);
    expect(Object.getOwnPropertyDescriptor(frozen, 'request')).toEqual(descriptor);
    await expect(frozen.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    expect(calls[0]?.self).toBe(frozen);
    await settle();
    expect(emitted).toEqual([{ type: 'dropped', reason: 'unwatchable-wallet', count: 1 }]);
  });

  it('leaves a read-only, non-configurable request and a getter-defined one alone, and counts them', async () => {
    const readOnly = plainWallet().provider;
    Object.defineProperty(readOnly, 'request', { writable: false, configurable: false });
    const fn = readOnly.request;
    const viaGetter = { get request() {
      return fn;
    } };
    const getter = Object.getOwnPropertyDescriptor(viaGetter, 'request')!.get;
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(readOnly);
    instrumenter.instrument(viaGetter);
    expect(readOnly.request).toBe(fn);
    expect(Object.getOwnPropertyDescriptor(viaGetter, 'request')!.get).toBe(getter);
    await settle();
    expect(emitted).toEqual([{ type: 'dropped', reason: 'unwatchable-wallet', count: 2 }]);
  });

  it('wraps a read-only but configurable request, and it stays read-only', async () => {
    const { provider } = plainWallet();
    Object.defineProperty(provider, 'request', { writable: false });
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    expect(Object.getOwnPropertyDescriptor(provider, 'request')).toMatchObject({ writable: false, configurable: true, enumerable: true });
    await provider.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(requests()).toHaveLength(1);
  });

  it('instruments every entry of providers[] without writing to the array', async () => {
    const a = plainWallet();
    const b = new ClassWallet();
    const container = plainWallet();
    const providers: unknown[] = [a.provider, b];
    Object.freeze(providers);
    const root = Object.assign(container.provider, { providers });
    const { instrumenter, requests } = setup();

    instrumenter.instrument(root);
    expect(providers).toEqual([a.provider, b]);
    await root.request({ method: 'eth_requestAccounts' });
    await a.provider.request({ method: 'personal_sign', params: [SECRET_HEX, ACCOUNT] });
    await b.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] });
    await settle();
    expect(requests().map((r) => r.method)).toEqual(['eth_requestAccounts', 'personal_sign', 'eth_sendTransaction']);
    expect(b.calls[0]?.self).toBe(b);
  });

  it('ignores values that are not providers', async () => {
    const { instrumenter, emitted } = setup();
    for (const value of [undefined, null, 0, 'ethereum', true]) instrumenter.instrument(value);
    const bare = {};
    instrumenter.instrument(bare);
    expect(Object.keys(bare)).toEqual([]);
    await settle();
    expect(emitted).toEqual([]);
  });
});

describe('what is recorded', () => {
  it('records a connect and the accounts it returned', async () => {
    const { provider } = plainWallet();
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(emitted).toEqual([
      { type: 'request', uid: '1'.padStart(32, '0'), time: NOW, method: 'eth_requestAccounts', params: [], chainId: null },
      { type: 'outcome', uid: '1'.padStart(32, '0'), outcome: { status: 'ok', accounts: [ACCOUNT] } },
    ]);
  });

  it('records a transaction with its calldata and the hash it returned', async () => {
    const { provider } = plainWallet();
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    await provider.request({
      method: 'eth_sendTransaction',
      params: [{ from: ACCOUNT, to: ROUTER, data: CALLDATA, value: '0x0', gas: '0x5208' }],
    });
    await settle();
    expect(emitted).toEqual([
      {
        type: 'request',
        uid: expect.any(String),
        time: NOW,
        method: 'eth_sendTransaction',
        params: [{ from: ACCOUNT, to: ROUTER, data: CALLDATA, value: '0x0' }],
        chainId: null,
      },
      { type: 'outcome', uid: (emitted[0] as { uid: string }).uid, outcome: { status: 'ok', txHash: TX_HASH } },
    ]);
  });

  it('records that personal_sign happened and nothing of the message', async () => {
    const { provider } = plainWallet();
    const { instrumenter, emitted, requests } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'personal_sign', params: [SECRET_HEX, ACCOUNT] });
    await settle();

    expect(requests()).toEqual([{ type: 'request', uid: expect.any(String), time: NOW, method: 'personal_sign', params: [], chainId: null }]);
    const json = JSON.stringify(emitted);
    expect(json).not.toContain(SECRET_HEX.slice(2));
    expect(json).not.toContain('TOP-SECRET');
    expect(json).not.toContain(ACCOUNT);
  });

  it('records the domain and primaryType of eth_signTypedData_v4, of a permit what it grants, and nothing else of the message', async () => {
    const typed = {
      types: { EIP712Domain: [], Permit: [{ name: 'owner', type: 'address' }] },
      primaryType: 'Permit',
      domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: ROUTER },
      message: { owner: ACCOUNT, spender: ROUTER, value: '115792089237316195423570985008687907853269984665640564039457584007913129639935', note: 'TOP-SECRET' },
    };
    const { provider } = plainWallet();
    const { instrumenter, emitted, requests } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_signTypedData_v4', params: [ACCOUNT, JSON.stringify(typed)] });
    await settle();

    const MAX = '115792089237316195423570985008687907853269984665640564039457584007913129639935';
    expect(requests()[0]?.params).toEqual([{ primaryType: 'Permit', domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: ROUTER }, message: { spender: ROUTER, value: MAX } }]);
    const json = JSON.stringify(emitted);
    expect(json).not.toContain('TOP-SECRET');
    expect(json).not.toContain('owner');
  });

  it('records a rejection with its error code and hands the page the same error', async () => {
    const error = { code: 4001, message: 'User rejected the request.' };
    const { provider } = plainWallet(() => Promise.reject(error));
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);

    await expect(provider.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] })).rejects.toBe(error);
    await settle();
    expect(emitted[1]).toEqual({ type: 'outcome', uid: (emitted[0] as { uid: string }).uid, outcome: { status: 'error', code: 4001 } });
  });

  it('records an error without a numeric code as code null', async () => {
    const { provider } = plainWallet(() => Promise.reject(new Error('boom')));
    const { instrumenter, outcomes } = setup();
    instrumenter.instrument(provider);
    await expect(provider.request({ method: 'personal_sign', params: [] })).rejects.toThrow('boom');
    await settle();
    expect(outcomes().map((o) => o.outcome)).toEqual([{ status: 'error', code: null }]);
  });

  it('leaves an unanswered request pending: one request observation, no outcome', async () => {
    const { provider } = plainWallet(() => new Promise(() => {}));
    const { instrumenter, requests, outcomes } = setup();
    instrumenter.instrument(provider);
    void provider.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(requests()).toHaveLength(1);
    expect(outcomes()).toEqual([]);
  });

  it('does not record reads such as eth_accounts, eth_call, eth_chainId or eth_getBalance', async () => {
    const { provider } = plainWallet();
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_accounts' });
    await provider.request({ method: 'eth_call', params: [{ to: ROUTER, data: '0x70a08231' }, 'latest'] });
    await provider.request({ method: 'eth_chainId' });
    await provider.request({ method: 'eth_getBalance', params: [ACCOUNT, 'latest'] });
    await settle();
    expect(emitted).toEqual([]);
  });

  it('ignores requests without a method', async () => {
    const { provider, calls } = plainWallet(() => Promise.resolve(null));
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    const p = provider as unknown as { request(args?: unknown): unknown };
    await p.request();
    await p.request('eth_requestAccounts');
    await settle();
    expect(calls).toHaveLength(2);
    expect(emitted).toEqual([]);
  });
});

describe('chain tracking', () => {
  async function chainOfNextRequest(provider: PlainProvider, requests: () => Extract<PageObservation, { type: 'request' }>[]) {
    await provider.request({ method: 'personal_sign', params: [] });
    await settle();
    return requests().at(-1)?.chainId;
  }

  it('learns the chain from an eth_chainId answer', async () => {
    const { provider } = plainWallet((args) => (args.method === 'eth_chainId' ? Promise.resolve('0xa') : walletAnswer(args)));
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    expect(await chainOfNextRequest(provider, requests)).toBeNull();
    await provider.request({ method: 'eth_chainId' });
    await settle();
    expect(await chainOfNextRequest(provider, requests)).toBe(10);
  });

  it('keeps the known chain when eth_chainId answers garbage', async () => {
    let answer: unknown = '0x89';
    const { provider } = plainWallet((args) => (args.method === 'eth_chainId' ? Promise.resolve(answer) : walletAnswer(args)));
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_chainId' });
    answer = 'banana';
    await provider.request({ method: 'eth_chainId' });
    await settle();
    expect(await chainOfNextRequest(provider, requests)).toBe(137);
  });

  it('adds no listener to the provider: none a page could count, and on() is never called', async () => {
    const emitter = Object.assign(new EventEmitter(), { request: (args: Args) => walletAnswer(args) });
    const on = emitter.on;
    let onCalls = 0;
    emitter.on = function (this: EventEmitter, ...args: Parameters<EventEmitter['on']>) {
      onCalls++;
      return on.apply(this, args);
    };
    const { provider, listenerCount } = plainWallet();
    const { instrumenter } = setup();
    instrumenter.instrument(emitter);
    instrumenter.instrument(provider);
    await emitter.request({ method: 'personal_sign', params: [] });
    await settle();
    expect(onCalls).toBe(0);
    expect(emitter.eventNames()).toEqual([]);
    expect(emitter.listenerCount('chainChanged')).toBe(0);
    expect(listenerCount('chainChanged')).toBe(0);
  });

  it('sees a switch made in the wallet itself through the wallet’s chainId field', async () => {
    const { provider } = plainWallet((args) => (args.method === 'eth_chainId' ? Promise.resolve('0x1') : walletAnswer(args)));
    const wallet = Object.assign(provider, { chainId: '0x1' });
    const { instrumenter, requests } = setup();
    instrumenter.instrument(wallet);
    await wallet.request({ method: 'eth_chainId' });
    expect(await chainOfNextRequest(wallet, requests)).toBe(1);
    // The user switched in the wallet: the page's chainChanged listeners would hear of it; the field moves.
    wallet.chainId = '0x2105';
    expect(await chainOfNextRequest(wallet, requests)).toBe(8453);
    wallet.chainId = 'not-a-chain';
    expect(await chainOfNextRequest(wallet, requests)).toBe(8453);
  });

  it('stamps a switch with its target chain, and later events with the new chain once it succeeds', async () => {
    const { provider } = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_chainId' });
    await settle();

    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x89' }] });
    await settle();
    expect(requests().at(-1)).toMatchObject({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x89' }], chainId: 137 });
    await settle();
    expect(await chainOfNextRequest(provider, requests)).toBe(137);
  });

  it('stays on the old chain when the switch is rejected', async () => {
    const { provider } = plainWallet((args) =>
      args.method === 'wallet_switchEthereumChain' ? Promise.reject({ code: 4902 }) : walletAnswer(args),
    );
    const { instrumenter, requests, outcomes } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_chainId' });
    await expect(provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x89' }] })).rejects.toEqual({ code: 4902 });
    await settle();
    expect(outcomes().at(-1)?.outcome).toEqual({ status: 'error', code: 4902 });
    expect(await chainOfNextRequest(provider, requests)).toBe(1);
  });

  it('takes the chain from the wallet’s chainId field, and then leaves eth_chainId promises untouched', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failure = { code: -32603 };
      const { provider } = plainWallet((args) => (args.method === 'eth_chainId' ? Promise.reject(failure) : walletAnswer(args)));
      const wallet = Object.assign(provider, { chainId: '0x38' });
      const { instrumenter, requests } = setup();
      instrumenter.instrument(wallet);
      expect(await chainOfNextRequest(wallet, requests)).toBe(56);
      // The page leaves this rejection unhandled: it must reach the page's unhandled-rejection handlers as without Sextant.
      void wallet.request({ method: 'eth_chainId' });
      await expect.poll(() => unhandled).toEqual([failure]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('stamps a transaction that names its chain with that chain', async () => {
    const { provider } = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_chainId' });
    await provider.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER, chainId: '0xa4b1' }] });
    await settle();
    expect(requests().at(-1)?.chainId).toBe(42161);
  });
});

describe('legacy send and sendAsync', () => {
  type Payload = { id?: number; jsonrpc?: string; method: string; params?: unknown[] };
  type Callback = (this: unknown, error: unknown, response?: unknown) => void;

  function legacyWallet(respond: (payload: Payload) => { error: unknown; response?: unknown }) {
    const walletThis = { wallet: 'context' };
    const received: { payload: unknown; callback: unknown; self: unknown }[] = [];
    const provider = {
      sendAsync(this: unknown, payload: Payload, callback: Callback): void {
        received.push({ payload, callback, self: this });
        const { error, response } = respond(payload);
        setTimeout(() => callback.call(walletThis, error, response), 0);
      },
      send(this: unknown, first: Payload | string, second?: unknown): unknown {
        received.push({ payload: first, callback: second, self: this });
        if (typeof first === 'string') return walletAnswer({ method: first, params: second });
        if (typeof second === 'function') {
          const { error, response } = respond(first);
          setTimeout(() => (second as Callback).call(walletThis, error, response), 0);
          return undefined;
        }
        return { id: first.id, jsonrpc: '2.0', result: null };
      },
    };
    return { provider, received, walletThis };
  }

  function pageCallback() {
    const got: { self: unknown; args: unknown[] }[] = [];
    let done!: () => void;
    const called = new Promise<void>((resolve) => (done = resolve));
    const callback = function (this: unknown, ...args: unknown[]) {
      got.push({ self: this, args });
      done();
    };
    return { callback, got, called };
  }

  it('observes sendAsync(payload, cb) and gives the callback the same arguments and `this`', async () => {
    const response = { id: 7, jsonrpc: '2.0', result: [ACCOUNT] };
    const { provider, received, walletThis } = legacyWallet(() => ({ error: null, response }));
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    const payload = { id: 7, jsonrpc: '2.0', method: 'eth_requestAccounts', params: [] };
    const page = pageCallback();

    provider.sendAsync(payload, page.callback);
    expect(received[0]?.payload).toBe(payload);
    expect(received[0]?.self).toBe(provider);
    await page.called;
    await settle();

    expect(page.got).toEqual([{ self: walletThis, args: [null, response] }]);
    expect(page.got[0]?.self).toBe(walletThis);
    expect(page.got[0]?.args[1]).toBe(response);
    expect(emitted).toEqual([
      { type: 'request', uid: expect.any(String), time: NOW, method: 'eth_requestAccounts', params: [], chainId: null },
      { type: 'outcome', uid: (emitted[0] as { uid: string }).uid, outcome: { status: 'ok', accounts: [ACCOUNT] } },
    ]);
  });

  it('records a sendAsync error passed as the first callback argument', async () => {
    const error = { code: 4001, message: 'User denied' };
    const { provider } = legacyWallet(() => ({ error }));
    const { instrumenter, outcomes } = setup();
    instrumenter.instrument(provider);
    const page = pageCallback();
    provider.sendAsync({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] }, page.callback);
    await page.called;
    await settle();
    expect(page.got[0]?.args[0]).toBe(error);
    expect(outcomes().map((o) => o.outcome)).toEqual([{ status: 'error', code: 4001 }]);
  });

  it('records a sendAsync error carried in the JSON-RPC response', async () => {
    const response = { id: 1, jsonrpc: '2.0', error: { code: 4001, message: 'User denied' } };
    const { provider } = legacyWallet(() => ({ error: null, response }));
    const { instrumenter, outcomes } = setup();
    instrumenter.instrument(provider);
    const page = pageCallback();
    provider.sendAsync({ method: 'personal_sign', params: [SECRET_HEX, ACCOUNT] }, page.callback);
    await page.called;
    await settle();
    expect(page.got[0]?.args[1]).toBe(response);
    expect(outcomes().map((o) => o.outcome)).toEqual([{ status: 'error', code: 4001 }]);
  });

  it('observes send(method, params) and returns the wallet’s promise', async () => {
    const { provider, received } = legacyWallet(() => ({ error: null }));
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    const params = [{ to: ROUTER, data: CALLDATA }];

    const returned = provider.send('eth_sendTransaction', params);
    expect(received[0]).toEqual({ payload: 'eth_sendTransaction', callback: params, self: provider });
    expect(received[0]?.callback).toBe(params);
    await expect(returned).resolves.toBe(TX_HASH);
    await settle();
    expect(emitted).toEqual([
      { type: 'request', uid: expect.any(String), time: NOW, method: 'eth_sendTransaction', params: [{ to: ROUTER, data: CALLDATA }], chainId: null },
      { type: 'outcome', uid: (emitted[0] as { uid: string }).uid, outcome: { status: 'ok', txHash: TX_HASH } },
    ]);
  });

  it('observes send(payload, cb) and gives the callback the same arguments and `this`', async () => {
    const response = { id: 3, jsonrpc: '2.0', result: TX_HASH };
    const { provider, received, walletThis } = legacyWallet(() => ({ error: null, response }));
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    const payload = { id: 3, jsonrpc: '2.0', method: 'eth_sendTransaction', params: [{ to: ROUTER }] };
    const page = pageCallback();

    expect(provider.send(payload, page.callback)).toBeUndefined();
    expect(received[0]?.payload).toBe(payload);
    await page.called;
    await settle();
    expect(page.got[0]?.self).toBe(walletThis);
    expect(page.got[0]?.args).toEqual([null, response]);
    expect(page.got[0]?.args[1]).toBe(response);
    expect(emitted.map((o) => o.type)).toEqual(['request', 'outcome']);
    expect(emitted[1]).toMatchObject({ outcome: { status: 'ok', txHash: TX_HASH } });
  });

  it('returns the synchronous send(payload) answer unchanged', () => {
    const { provider } = legacyWallet(() => ({ error: null }));
    setup().instrumenter.instrument(provider);
    expect(provider.send({ id: 9, method: 'eth_accounts' })).toEqual({ id: 9, jsonrpc: '2.0', result: null });
  });

  it('passes a sendAsync call without a callback through untouched', () => {
    const calls: unknown[][] = [];
    const provider = { sendAsync: (...args: unknown[]) => void calls.push(args) };
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    const payload = { method: 'eth_requestAccounts' };
    provider.sendAsync(payload);
    expect(calls).toEqual([[payload]]);
    expect(emitted).toEqual([]);
  });
});

describe('instrumenting more than once', () => {
  it('does not double-emit when the same provider is instrumented twice', async () => {
    const { provider } = plainWallet();
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    const wrapped = provider.request;
    instrumenter.instrument(provider);
    expect(provider.request).toBe(wrapped);
    await provider.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(emitted.map((o) => o.type)).toEqual(['request', 'outcome']);
  });

  it('does not wrap a prototype twice for two instances, nor when a second instrumenter meets it', async () => {
    const one = new ClassWallet();
    const two = new ClassWallet();
    const first = setup();
    const second = setup();
    first.instrumenter.instrument(one);
    const wrapped = ClassWallet.prototype.request;
    first.instrumenter.instrument(two);
    second.instrumenter.instrument(one);
    expect(ClassWallet.prototype.request).toBe(wrapped);
    await one.request({ method: 'eth_requestAccounts' });
    await two.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(first.requests()).toHaveLength(2);
    expect(second.requests()).toHaveLength(0);
  });

  it('keeps separate chain state per provider', async () => {
    const one = plainWallet((args) => (args.method === 'eth_chainId' ? Promise.resolve('0x89') : walletAnswer(args)));
    const two = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(one.provider);
    instrumenter.instrument(two.provider);
    await one.provider.request({ method: 'eth_chainId' });
    await one.provider.request({ method: 'personal_sign', params: [] });
    await two.provider.request({ method: 'personal_sign', params: [] });
    await settle();
    expect(requests().map((r) => r.chainId)).toEqual([137, null]);
  });
});

describe('a failing observer never reaches the page', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
    unhandled.length = 0;
  });

  it('keeps the page’s result and raises no unhandled rejection when emitting an outcome throws', async () => {
    process.on('unhandledRejection', onUnhandled);
    const { provider } = plainWallet();
    const instrumenter = createInstrumenter(
      deps((o) => {
        if (o.type === 'outcome') throw new Error('emit failed');
      }),
    );
    instrumenter.instrument(provider);

    await expect(provider.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    await expect(provider.request({ method: 'eth_sendTransaction', params: [{}] })).resolves.toBe(TX_HASH);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  });

  it('keeps the page’s result when emitting the request throws', async () => {
    const { provider, calls } = plainWallet();
    createInstrumenter(
      deps(() => {
        throw new Error('emit failed');
      }),
    ).instrument(provider);
    await expect(provider.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    expect(calls).toHaveLength(1);
  });
});
