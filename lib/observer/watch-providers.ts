import type { Instrumenter } from './instrument-provider';

const ANNOUNCE = 'eip6963:announceProvider';
// Providers can arrive at any time; look often while a page starts, then on user input and events.
const STARTUP_CHECKS_MS = [0, 50, 250, 1000, 2500, 5000, 10_000, 30_000];

/**
 * Finds every provider the page can reach, however it arrives (assigned, defined with
 * Object.defineProperty, frozen, in a providers[] array, or announced through EIP-6963) and
 * instruments it. Defines nothing on `window` until a wallet does, so feature checks such as
 * `'ethereum' in window` answer as they would without Sextant.
 */
export function watchProviders(win: Window & { ethereum?: unknown }, instrumenter: Instrumenter): void {
  let exposed: unknown;

  function checkWindowEthereum(): void {
    const current = win.ethereum;
    if (!current || current === exposed) return;
    const seen = instrumenter.instrument(current);
    exposed = seen;
    if (seen === current) return;
    // Frozen provider: show the page the stand-in, if the slot can still be redefined.
    const slot = Object.getOwnPropertyDescriptor(win, 'ethereum');
    if (!slot?.configurable) return;
    let value = seen;
    Object.defineProperty(win, 'ethereum', {
      configurable: true,
      enumerable: slot.enumerable ?? true,
      get: () => value,
      set: (next: unknown) => {
        value = next;
        checkWindowEthereum();
      },
    });
  }

  // Registered at document_start, before any page listener, so the provider is instrumented before the dApp sees it.
  win.addEventListener(ANNOUNCE, (event) => {
    const detail = (event as CustomEvent<{ provider?: unknown } | undefined>).detail;
    if (detail?.provider) instrumenter.instrument(detail.provider);
  }, { capture: true });

  for (const type of ['ethereum#initialized', 'DOMContentLoaded', 'load', 'pointerdown', 'keydown', 'focus']) {
    win.addEventListener(type, checkWindowEthereum, { capture: true, passive: true });
  }
  for (const ms of STARTUP_CHECKS_MS) win.setTimeout(checkWindowEthereum, ms);
  checkWindowEthereum();
}
