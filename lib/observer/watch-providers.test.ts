import { describe, expect, it } from 'vitest';
import type { PageObservation } from '../messaging/page-channel';
import { createInstrumenter } from './instrument-provider';
import { watchProviders } from './watch-providers';

const ACCOUNT = '0x1111111111111111111111111111111111111111';

type Args = { method: string; params?: unknown };
type Win = Window & { ethereum?: unknown };

/**
 * Just enough of a window: an EventTarget with a setTimeout whose callbacks the test runs itself.
 * It declares no `ethereum` property, as a window without a wallet has none.
 */
class FakeWindow extends EventTarget {
  readonly timers: { run: () => void; ms: number }[] = [];
  setTimeout(run: () => void, ms: number): number {
    this.timers.push({ run, ms });
    return this.timers.length;
  }
  runTimers(): void {
    for (const timer of this.timers.splice(0)) timer.run();
  }
}

function wallet() {
  const selves: unknown[] = [];
  const provider = {
    isFakeWallet: true,
    request(this: unknown, _args: Args): Promise<unknown> {
      selves.push(this);
      return Promise.resolve([ACCOUNT]);
    },
  };
  return { provider, originalRequest: provider.request, selves };
}
type FakeProvider = ReturnType<typeof wallet>['provider'];

function setup() {
  const fake = new FakeWindow();
  const win = fake as unknown as Win;
  const emitted: PageObservation[] = [];
  let next = 0;
  const instrumenter = createInstrumenter({
    emit: (o) => void emitted.push(o),
    now: () => 1_757_845_260_000,
    uid: () => (++next).toString(16).padStart(32, '0'),
    later: (task) => void setTimeout(task, 0),
  });
  // Observations are sent in a later task: wait for it.
  const requestCount = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return emitted.filter((o) => o.type === 'request').length;
  };
  return { fake, win, emitted, instrumenter, requestCount, start: () => watchProviders(win, instrumenter) };
}

function ethereumOf(win: Win): FakeProvider {
  return win.ethereum as FakeProvider;
}

describe('watchProviders', () => {
  it('instruments a provider that is already there when it starts', async () => {
    const { provider, originalRequest } = wallet();
    const { win, start, requestCount } = setup();
    win.ethereum = provider;
    start();
    expect(provider.request).not.toBe(originalRequest);
    void ethereumOf(win).request({ method: 'eth_requestAccounts' });
    expect(await requestCount()).toBe(1);
  });

  it('instruments a provider assigned later on the next check, here a pointerdown', async () => {
    const { provider, originalRequest } = wallet();
    const { fake, win, start, requestCount } = setup();
    start();
    win.ethereum = provider;
    expect(provider.request).toBe(originalRequest);

    fake.dispatchEvent(new Event('pointerdown'));
    expect(provider.request).not.toBe(originalRequest);
    void ethereumOf(win).request({ method: 'eth_requestAccounts' });
    expect(await requestCount()).toBe(1);
  });

  it('instruments a provider assigned later on a startup timer', () => {
    const { provider, originalRequest } = wallet();
    const { fake, win, start } = setup();
    start();
    expect(fake.timers.map((t) => t.ms)).toContain(0);
    win.ethereum = provider;
    fake.runTimers();
    expect(provider.request).not.toBe(originalRequest);
  });

  it('instruments a provider defined with Object.defineProperty and leaves the property as the wallet defined it', async () => {
    const { provider, originalRequest, selves } = wallet();
    const { fake, win, start, requestCount } = setup();
    start();
    const get = () => provider;
    Object.defineProperty(win, 'ethereum', { get, configurable: false, enumerable: true });
    fake.dispatchEvent(new Event('ethereum#initialized'));

    expect(provider.request).not.toBe(originalRequest);
    expect(Object.getOwnPropertyDescriptor(win, 'ethereum')?.get).toBe(get);
    void ethereumOf(win).request({ method: 'eth_requestAccounts' });
    expect(selves).toEqual([provider]);
    expect(await requestCount()).toBe(1);
  });

  it('leaves a frozen provider and the ethereum slot exactly as the page set them, and counts the wallet', async () => {
    const { provider, selves, originalRequest } = wallet();
    const frozen = Object.freeze(provider);
    const { fake, win, start, emitted } = setup();
    start();
    win.ethereum = frozen;
    const slot = Object.getOwnPropertyDescriptor(win, 'ethereum');
    fake.dispatchEvent(new Event('load'));

    expect(win.ethereum).toBe(frozen);
    expect(Object.getOwnPropertyDescriptor(win, 'ethereum')).toEqual(slot);
    expect(frozen.request).toBe(originalRequest);
    await expect(frozen.request({ method: 'eth_requestAccounts' })).resolves.toEqual([ACCOUNT]);
    expect(selves).toEqual([frozen]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(emitted).toEqual([{ type: 'dropped', reason: 'unwatchable-wallet', count: 1 }]);
  });

  it('instruments another provider assigned after a frozen one on the next check', async () => {
    const first = Object.freeze(wallet().provider);
    const second = wallet();
    const { fake, win, start, requestCount } = setup();
    start();
    win.ethereum = first;
    fake.dispatchEvent(new Event('load'));

    win.ethereum = second.provider;
    expect(win.ethereum).toBe(second.provider);
    fake.dispatchEvent(new Event('pointerdown'));
    expect(second.provider.request).not.toBe(second.originalRequest);
    void ethereumOf(win).request({ method: 'eth_requestAccounts' });
    expect(await requestCount()).toBe(1);
  });

  it('instruments an EIP-6963 provider before a page listener registered afterwards receives it', async () => {
    const { provider, originalRequest } = wallet();
    const { fake, start, requestCount } = setup();
    start();
    const pageSaw: boolean[] = [];
    fake.addEventListener('eip6963:announceProvider', (event) => {
      const announced = (event as CustomEvent<{ provider: FakeProvider }>).detail.provider;
      pageSaw.push(announced.request !== originalRequest);
      void announced.request({ method: 'eth_requestAccounts' });
    });

    const info = { uuid: '350670db-19fa-4704-a166-e52e178b59d2', name: 'Fake Wallet', icon: 'data:image/svg+xml,<svg/>', rdns: 'example.fake' };
    fake.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
    expect(pageSaw).toEqual([true]);
    expect(await requestCount()).toBe(1);
  });

  it('ignores announcements without a provider', () => {
    const { fake, start, emitted } = setup();
    start();
    expect(() => {
      fake.dispatchEvent(new CustomEvent('eip6963:announceProvider'));
      fake.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: { info: {} } }));
    }).not.toThrow();
    expect(emitted).toEqual([]);
  });

  it("leaves 'ethereum' in window false when no wallet exists", () => {
    const { fake, win, start } = setup();
    start();
    fake.runTimers();
    for (const type of ['ethereum#initialized', 'DOMContentLoaded', 'load', 'pointerdown', 'keydown', 'focus']) {
      fake.dispatchEvent(new Event(type));
    }
    expect('ethereum' in win).toBe(false);
    expect(Object.getOwnPropertyNames(fake)).not.toContain('ethereum');
  });
});
