import { afterEach, describe, expect, it } from 'vitest';
import type { PageObservation } from '../messaging/page-channel';
import { createInstrumenter } from './instrument-provider';

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
  const fire = (event: string, value: unknown) => listeners.get(event)?.forEach((l) => l(value));
  return { provider, calls, fire };
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

function setup() {
  const emitted: PageObservation[] = [];
  let next = 0;
  const instrumenter = createInstrumenter({
    emit: (observation) => void emitted.push(observation),
    now: () => NOW,
    uid: () => (++next).toString(16).padStart(32, '0'),
  });
  const requests = () => emitted.filter((o) => o.type === 'request');
  const outcomes = () => emitted.filter((o) => o.type === 'outcome');
  return { emitted, instrumenter, requests, outcomes };
}

/** Lets every pending promise callback run. */
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
  it('returns the very promise the wallet returned, resolving to the same value', async () => {
    const accounts = [ACCOUNT];
    const walletPromise = Promise.resolve(accounts);
    const { provider } = plainWallet(() => walletPromise);
    const { instrumenter } = setup();
    expect(instrumenter.instrument(provider)).toBe(provider);

    const returned = provider.request({ method: 'eth_requestAccounts' });
    expect(returned).toBe(walletPromise);
    expect(await returned).toBe(accounts);
  });

  it('passes the wallet’s very rejection error object to the page', async () => {
    const error = Object.assign(new Error('User rejected the request.'), { code: 4001 });
    const walletPromise = Promise.reject(error);
    const { provider } = plainWallet(() => walletPromise);
    setup().instrumenter.instrument(provider);

    const returned = provider.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] });
    expect(returned).toBe(walletPromise);
    await expect(returned).rejects.toBe(error);
  });

  it('returns a non-promise result and a custom thenable unchanged', async () => {
    const thenable = { then: (ok: (v: unknown) => void) => ok(TX_HASH) };
    const sync = { answer: 42 };
    const { provider } = plainWallet(({ method }) => (method === 'eth_sendTransaction' ? thenable : sync));
    const { instrumenter, outcomes } = setup();
    instrumenter.instrument(provider);

    expect(provider.request({ method: 'eth_sendTransaction', params: [{}] })).toBe(thenable);
    expect(provider.request({ method: 'eth_chainId' })).toBe(sync);
    await settle();
    expect(outcomes()).toEqual([{ type: 'outcome', uid: expect.any(String), outcome: { status: 'ok', txHash: TX_HASH } }]);
  });

  it('rethrows a synchronous throw from the wallet as is and records nothing', () => {
    const error = new TypeError('bad args');
    const { provider } = plainWallet(() => {
      throw error;
    });
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);
    expect(() => provider.request({ method: 'eth_requestAccounts' })).toThrow(error);
    expect(emitted).toEqual([]);
  });

  it('calls the wallet synchronously with the page’s own arguments, before recording anything', () => {
    const log: string[] = [];
    const pending = deferred<unknown>();
    const { provider, calls } = plainWallet(() => {
      log.push('wallet');
      return pending.promise;
    });
    createInstrumenter({ emit: (o) => void log.push(`emit ${o.type}`), now: () => NOW, uid: () => 'f'.repeat(32) }).instrument(provider);

    const args = { method: 'eth_requestAccounts', params: [] };
    void provider.request(args);
    // No await has happened: the wallet already has the request, and only then is it recorded.
    expect(log).toEqual(['wallet', 'emit request']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args).toBe(args);
  });

  it('gives the original request the `this` the page called it with', () => {
    const { provider, calls } = plainWallet();
    setup().instrumenter.instrument(provider);
    const other = { some: 'object' };

    void provider.request({ method: 'eth_chainId' });
    void provider.request.call(other, { method: 'eth_chainId' });
    const detached = provider.request;
    void detached({ method: 'eth_chainId' });

    expect(calls.map((c) => c.self)).toEqual([provider, other, undefined]);
    expect(calls[1]?.self).toBe(other);
  });

  it('records nothing and keeps the result as is when the sanitiser meets hostile params', async () => {
    const hostile = {
      get from(): string {
        throw new Error('getter trap');
      },
    };
    const { provider, calls } = plainWallet();
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(provider);

    await expect(provider.request({ method: 'eth_sendTransaction', params: [hostile] })).resolves.toBe(TX_HASH);
    expect(calls[0]?.args.params).toEqual([hostile]);
    expect(emitted).toEqual([]);
  });
});

describe('provider kinds', () => {
  it('instruments a class instance in place, keeping `this` and leaving the prototype alone', async () => {
    const originalRequest = ClassWallet.prototype.request;
    const wallet = new ClassWallet();
    const bystander = new ClassWallet();
    const { instrumenter, requests } = setup();

    expect(instrumenter.instrument(wallet)).toBe(wallet);
    await expect(wallet.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    expect(wallet.calls[0]?.self).toBe(wallet);
    expect(requests()).toHaveLength(1);

    expect(ClassWallet.prototype.request).toBe(originalRequest);
    await bystander.request({ method: 'eth_requestAccounts' });
    expect(requests()).toHaveLength(1);
  });

  it('gives a frozen provider a frozen stand-in that calls the real provider with the real `this`', async () => {
    const { provider, calls } = plainWallet();
    const originalRequest = provider.request;
    const frozen = Object.freeze(provider);
    const { instrumenter, requests, outcomes } = setup();

    const standIn = instrumenter.instrument(frozen) as PlainProvider;
    expect(standIn).not.toBe(frozen);
    expect(Object.isFrozen(standIn)).toBe(true);
    expect(standIn.isMetaMask).toBe(true);
    expect(standIn.on).toBe(frozen.on);
    expect(frozen.request).toBe(originalRequest);

    await expect(standIn.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    expect(calls[0]?.self).toBe(frozen);
    expect(requests()).toHaveLength(1);
    expect(outcomes()).toHaveLength(1);
  });

  it('returns the frozen provider’s very promise from the stand-in', () => {
    const walletPromise = Promise.resolve([ACCOUNT]);
    const frozen = Object.freeze(plainWallet(() => walletPromise).provider);
    const standIn = setup().instrumenter.instrument(frozen) as PlainProvider;
    expect(standIn.request({ method: 'eth_requestAccounts' })).toBe(walletPromise);
  });

  it('passes another `this` through the stand-in unchanged', () => {
    const { provider, calls } = plainWallet();
    const standIn = setup().instrumenter.instrument(Object.freeze(provider)) as PlainProvider;
    const other = {};
    void standIn.request.call(other, { method: 'eth_chainId' });
    expect(calls[0]?.self).toBe(other);
  });

  it('instruments every entry of providers[], replacing a frozen entry with its stand-in', async () => {
    const a = plainWallet();
    const b = plainWallet();
    const frozenB = Object.freeze(b.provider);
    const container = plainWallet();
    const providers: unknown[] = [a.provider, frozenB];
    const root = Object.assign(container.provider, { providers });
    const { instrumenter, requests } = setup();

    expect(instrumenter.instrument(root)).toBe(root);
    expect(providers[0]).toBe(a.provider);
    expect(providers[1]).not.toBe(frozenB);

    await root.request({ method: 'eth_requestAccounts' });
    await a.provider.request({ method: 'personal_sign', params: [SECRET_HEX, ACCOUNT] });
    await (providers[1] as PlainProvider).request({ method: 'eth_sendTransaction', params: [{ to: ROUTER }] });
    expect(requests().map((r) => r.method)).toEqual(['eth_requestAccounts', 'personal_sign', 'eth_sendTransaction']);
    expect(b.calls[0]?.self).toBe(frozenB);
  });

  it('ignores values that are not providers', () => {
    const { instrumenter } = setup();
    for (const value of [undefined, null, 0, 'ethereum', true]) expect(instrumenter.instrument(value)).toBe(value);
    const bare = {};
    expect(instrumenter.instrument(bare)).toBe(bare);
    expect(Object.keys(bare)).toEqual([]);
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
      { type: 'outcome', uid: emitted[0]?.uid, outcome: { status: 'ok', txHash: TX_HASH } },
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
    expect(emitted[1]).toEqual({ type: 'outcome', uid: emitted[0]?.uid, outcome: { status: 'error', code: 4001 } });
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

  it('follows chainChanged events from the provider’s on()', async () => {
    const { provider, fire } = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    fire('chainChanged', '0x2105');
    expect(await chainOfNextRequest(provider, requests)).toBe(8453);
    fire('chainChanged', 'not-a-chain');
    expect(await chainOfNextRequest(provider, requests)).toBe(8453);
  });

  it('stamps a switch with its target chain, and later events with the new chain once it succeeds', async () => {
    const { provider } = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_chainId' });
    await settle();

    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x89' }] });
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

  it('falls back to the legacy provider.chainId field until eth_chainId answers', async () => {
    const { provider } = plainWallet((args) => (args.method === 'eth_chainId' ? Promise.resolve('0x1') : walletAnswer(args)));
    const legacy = Object.assign(provider, { chainId: '0x38' });
    const { instrumenter, requests } = setup();
    instrumenter.instrument(legacy);
    expect(await chainOfNextRequest(legacy, requests)).toBe(56);
    await legacy.request({ method: 'eth_chainId' });
    await settle();
    expect(await chainOfNextRequest(legacy, requests)).toBe(1);
  });

  it('stamps a transaction that names its chain with that chain', async () => {
    const { provider } = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(provider);
    await provider.request({ method: 'eth_chainId' });
    await provider.request({ method: 'eth_sendTransaction', params: [{ to: ROUTER, chainId: '0xa4b1' }] });
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

    expect(page.got).toEqual([{ self: walletThis, args: [null, response] }]);
    expect(page.got[0]?.self).toBe(walletThis);
    expect(page.got[0]?.args[1]).toBe(response);
    expect(emitted).toEqual([
      { type: 'request', uid: expect.any(String), time: NOW, method: 'eth_requestAccounts', params: [], chainId: null },
      { type: 'outcome', uid: emitted[0]?.uid, outcome: { status: 'ok', accounts: [ACCOUNT] } },
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
      { type: 'outcome', uid: emitted[0]?.uid, outcome: { status: 'ok', txHash: TX_HASH } },
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
    expect(instrumenter.instrument(provider)).toBe(provider);
    expect(instrumenter.instrument(provider)).toBe(provider);
    await provider.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(emitted.map((o) => o.type)).toEqual(['request', 'outcome']);
  });

  it('returns the same stand-in for a frozen provider instrumented twice', async () => {
    const frozen = Object.freeze(plainWallet().provider);
    const { instrumenter, emitted } = setup();
    const first = instrumenter.instrument(frozen) as PlainProvider;
    expect(instrumenter.instrument(frozen)).toBe(first);
    await first.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(emitted.map((o) => o.type)).toEqual(['request', 'outcome']);
  });

  it('does not wrap a stand-in a second time when it is handed back', async () => {
    const frozen = Object.freeze(plainWallet().provider);
    const { instrumenter, emitted } = setup();
    const standIn = instrumenter.instrument(frozen) as PlainProvider;
    const again = instrumenter.instrument(standIn) as PlainProvider;
    expect(again).toBe(standIn);
    await again.request({ method: 'eth_requestAccounts' });
    await settle();
    expect(emitted.map((o) => o.type)).toEqual(['request', 'outcome']);
  });

  it('does not double-emit when a providers[] container with a frozen entry is instrumented twice', async () => {
    const frozen = Object.freeze(plainWallet().provider);
    const providers: unknown[] = [frozen];
    const root = Object.assign(plainWallet().provider, { providers });
    const { instrumenter, emitted } = setup();
    instrumenter.instrument(root);
    const standIn = providers[0];
    instrumenter.instrument(root);
    expect(providers[0]).toBe(standIn);
    await (providers[0] as PlainProvider).request({ method: 'eth_requestAccounts' });
    await settle();
    expect(emitted.map((o) => o.type)).toEqual(['request', 'outcome']);
  });

  it('keeps separate chain state per provider', async () => {
    const one = plainWallet();
    const two = plainWallet();
    const { instrumenter, requests } = setup();
    instrumenter.instrument(one.provider);
    instrumenter.instrument(two.provider);
    one.fire('chainChanged', '0x89');
    await one.provider.request({ method: 'personal_sign', params: [] });
    await two.provider.request({ method: 'personal_sign', params: [] });
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
    const instrumenter = createInstrumenter({
      emit: (o) => {
        if (o.type === 'outcome') throw new Error('emit failed');
      },
      now: () => NOW,
      uid: () => 'e'.repeat(32),
    });
    instrumenter.instrument(provider);

    await expect(provider.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    await expect(provider.request({ method: 'eth_sendTransaction', params: [{}] })).resolves.toBe(TX_HASH);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  });

  it('keeps the page’s result when emitting the request throws', async () => {
    const { provider, calls } = plainWallet();
    createInstrumenter({
      emit: () => {
        throw new Error('emit failed');
      },
      now: () => NOW,
      uid: () => 'e'.repeat(32),
    }).instrument(provider);
    await expect(provider.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    expect(calls).toHaveLength(1);
  });
});

describe('the wrappers look like the wallet’s own methods', () => {
  it('keep the name and length of request, send and sendAsync, and their property attributes', () => {
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
    const before = Object.fromEntries(['request', 'send', 'sendAsync'].map((k) => [k, Object.getOwnPropertyDescriptor(provider, k)]));
    setup().instrumenter.instrument(provider);
    for (const name of ['request', 'send', 'sendAsync'] as const) {
      const fn = provider[name] as (...args: unknown[]) => unknown;
      expect(fn.name, name).toBe(name);
      expect(fn.length, name).toBe(name === 'request' ? 1 : 2);
      const { value: _before, ...attributes } = before[name]!;
      const { value: _after, ...now } = Object.getOwnPropertyDescriptor(provider, name)!;
      expect(now, name).toEqual(attributes);
    }
  });
});
