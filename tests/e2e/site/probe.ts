// A page that looks hard at its wallet providers, the way a page that wanted to detect Sextant, or
// one that merely depended on details, would. `window.probe()` returns everything it saw; the
// transparency test compares the result with and without Sextant.
type Listener = (...args: unknown[]) => void;
type Args = { method: string; params?: unknown[] };

const ACCOUNT = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266';
const TX_HASH = '0x' + 'ab'.repeat(32);

/** What each wallet saw: the `this` of its calls and the methods asked. */
const walletLog: string[] = [];
const describeThis = (self: unknown, provider: object) =>
  self === undefined ? 'undefined' : self === window ? 'window' : self === provider ? 'provider' : typeof self === 'object' ? 'other object' : typeof self;

function answer(provider: object, self: unknown, { method, params = [] }: Args): unknown {
  walletLog.push(`${method} this=${describeThis(self, provider)}`);
  if (method === 'x_throw') throw new Error('the wallet refused at once');
  if (params[0] === 'reject') return Promise.reject(Object.assign(new Error('User rejected the request.'), { code: 4001 }));
  if (params[0] === 'thenable') {
    // A promise-like answer that counts who calls its then.
    const thenable = {
      calls: 0,
      then(ok: (v: unknown) => void) {
        thenable.calls++;
        ok('0x' + '5'.repeat(130));
      },
    };
    return thenable;
  }
  switch (method) {
    case 'eth_chainId':
      return Promise.resolve('0x7a69');
    case 'eth_requestAccounts':
      return Promise.resolve([ACCOUNT]);
    case 'eth_sendTransaction':
      return Promise.resolve(TX_HASH);
    default:
      return Promise.resolve('0x' + '5'.repeat(130));
  }
}

/** A wallet as a plain object with an event emitter (like many injected providers). */
function plainWallet() {
  const listeners = new Map<string, Listener[]>();
  const provider = {
    isProbeWallet: true,
    chainId: '0x7a69',
    request(this: unknown, args: Args): unknown {
      return answer(provider, this, args);
    },
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return provider;
    },
    removeListener(event: string, fn: Listener) {
      listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== fn));
      return provider;
    },
    listenerCount: (event: string) => listeners.get(event)?.length ?? 0,
    listeners: (event: string) => [...(listeners.get(event) ?? [])],
  };
  return provider;
}

/** A wallet as a class instance: its methods live on the prototype (as in MetaMask's and others'). */
class ClassWallet {
  readonly isClassWallet = true;
  chainId = '0x7a69';
  request(args: Args): unknown {
    return answer(this, this, args);
  }
}

const frozenWallet = Object.freeze(plainWallet());
const installed = new URLSearchParams(location.search).get('ethereum') === 'frozen' ? frozenWallet : plainWallet();
const classWallet = new ClassWallet();
(window as unknown as { ethereum: unknown }).ethereum = installed;
// Wallets announce themselves; the observer (when there) instruments on these at once.
window.dispatchEvent(new Event('ethereum#initialized'));
for (const [rdns, provider] of [
  ['org.sextant.probe.class', classWallet],
  ['org.sextant.probe.frozen', frozenWallet],
] as const) {
  const info = { uuid: crypto.randomUUID?.() ?? rdns, name: rdns, icon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>', rdns };
  window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
}

function shape(provider: object) {
  const p = provider as { request: (...args: unknown[]) => unknown };
  let owner: object | null = provider;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'request')) owner = Object.getPrototypeOf(owner);
  const { value, ...attributes } = Object.getOwnPropertyDescriptor(owner!, 'request') ?? {};
  return {
    ownKeys: Reflect.ownKeys(provider).map(String),
    ownRequest: Object.prototype.hasOwnProperty.call(provider, 'request'),
    requestOwner: owner === provider ? 'itself' : owner === Object.getPrototypeOf(provider) ? 'its prototype' : 'further up',
    requestAttributes: attributes,
    requestIsDataProperty: value !== undefined,
    frozen: Object.isFrozen(provider),
    name: p.request.name,
    length: p.request.length,
    source: Function.prototype.toString.call(p.request),
    printed: String(p.request),
    requestKeys: Reflect.ownKeys(p.request).map(String),
    toStringSource: Function.prototype.toString.toString(),
  };
}

async function behaviour(provider: object) {
  const p = provider as { request: (args: unknown) => unknown };
  const out: Record<string, unknown> = {};
  walletLog.length = 0;

  // Detached, called on another object, and as a method.
  const detached = p.request;
  await detached({ method: 'eth_chainId' });
  await p.request.call(42, { method: 'eth_chainId' });
  await p.request({ method: 'personal_sign', params: ['0x68656c6c6f', ACCOUNT] });
  out.thisSeen = [...walletLog];

  // A promise-like answer: only the page's own await may call its then.
  const thenable = p.request({ method: 'personal_sign', params: ['thenable', ACCOUNT] }) as { calls: number };
  await new Promise((resolve) => setTimeout(resolve, 0));
  const before = thenable.calls;
  await thenable;
  out.thenCalls = [before, thenable.calls];

  // Arguments with a getter that throws when read a second time: the wallet reads it once.
  let reads = 0;
  const args = {
    get method() {
      if (++reads > 1) throw new Error('method read twice');
      return 'personal_sign';
    },
    params: ['0x00', ACCOUNT],
  };
  try {
    out.getterArgs = { ok: typeof (await p.request(args)), reads };
  } catch (e) {
    out.getterArgs = { threw: String(e), reads };
  }

  // The wallet throws at once: the stack the page sees must not name the extension.
  try {
    p.request({ method: 'x_throw' });
  } catch (e) {
    const stack = String((e as Error).stack);
    out.throwStack = { message: (e as Error).message, namesAnExtension: /chrome-extension:|moz-extension:/.test(stack) };
  }
  // The page's own stack inside a call it makes through the provider.
  const inside: string[] = [];
  const spy = { get method() {
    inside.push(String(new Error().stack));
    return 'eth_chainId';
  } };
  await p.request(spy);
  out.stackInsideNamesAnExtension = inside.some((s) => /chrome-extension:|moz-extension:/.test(s));

  // A rejection of a request Sextant does not record, left unhandled: the page's unhandledrejection sees it.
  const unhandled = await new Promise<unknown>((resolve) => {
    const rejected = p.request({ method: 'eth_call', params: ['reject'] }) as Promise<unknown>;
    addEventListener('unhandledrejection', (event) => resolve({ samePromise: event.promise === rejected, code: (event.reason as { code?: number }).code }), { once: true });
  });
  out.unhandledEthCall = unhandled;
  // The same for a request Sextant records: a signature the person rejects, which the page never handles.
  out.unhandledSignature = await new Promise<unknown>((resolve) => {
    const rejected = p.request({ method: 'personal_sign', params: ['reject', ACCOUNT] }) as Promise<unknown>;
    addEventListener('unhandledrejection', (event) => resolve({ samePromise: event.promise === rejected, code: (event.reason as { code?: number }).code }), { once: true });
  });
  return out;
}

async function probe() {
  const slot = Object.getOwnPropertyDescriptor(window, 'ethereum');
  const listeners = installed === frozenWallet ? null : { count: installed.listenerCount('chainChanged'), list: installed.listeners('chainChanged').length };
  return {
    ethereumSlot: { isData: slot !== undefined && 'value' in slot, writable: slot?.writable, enumerable: slot?.enumerable, configurable: slot?.configurable, same: (window as unknown as { ethereum: unknown }).ethereum === installed },
    chainChangedListeners: listeners,
    plain: { shape: shape(installed), behaviour: await behaviour(installed) },
    classInstance: { shape: shape(classWallet), behaviour: await behaviour(classWallet) },
    frozen: { shape: shape(frozenWallet), behaviour: await behaviour(frozenWallet) },
    globals: ['providerObserver', 'pageRelay', 'sextant'].filter((name) => name in window),
  };
}

(window as unknown as { probe: typeof probe }).probe = probe;
document.body.dataset.ready = 'true';
