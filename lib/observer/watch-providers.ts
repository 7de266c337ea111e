import type { Instrumenter } from './instrument-provider';
import { apply, getOwnPropertyDescriptor } from './intrinsics';

const ANNOUNCE = 'eip6963:announceProvider';
// Providers can arrive at any time; look often while a page starts, then on user input and events.
const STARTUP_CHECKS_MS = [0, 50, 250, 1000, 2500, 5000, 10_000, 30_000];
// Captured at document_start: reading `event.detail` later must not go through a getter the page replaced.
const detailOf = getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')?.get;

/**
 * Finds every provider the page can reach, however it arrives (assigned, defined with
 * Object.defineProperty, frozen, in a providers[] array, or announced through EIP-6963) and
 * instruments it. Never defines or redefines `window.ethereum`: the page reads exactly what the
 * wallet put there, and feature checks such as `'ethereum' in window` answer as without Sextant.
 */
export function watchProviders(win: Window & { ethereum?: unknown }, instrumenter: Instrumenter): void {
  let seen: unknown;

  function checkWindowEthereum(): void {
    let current: unknown;
    try {
      current = win.ethereum;
    } catch {
      // A wallet's getter that throws: there is nothing to watch yet.
      return;
    }
    if (!current || current === seen) return;
    seen = current;
    instrumenter.instrument(current);
  }

  // Listener options without a prototype: the browser reads capture, once, passive and signal from them.
  const capture = { __proto__: null, capture: true } as AddEventListenerOptions;
  const passive = { __proto__: null, capture: true, passive: true } as AddEventListenerOptions;

  // Registered at document_start, before any page listener, so the provider is instrumented before the dApp sees it.
  win.addEventListener(ANNOUNCE, (event) => {
    try {
      const detail = detailOf ? (apply(detailOf, event, []) as { provider?: unknown } | null) : null;
      if (detail) instrumenter.instrument(detail.provider);
    } catch {
      // An announcement whose detail throws when read: not a provider Sextant can watch.
    }
  }, capture);

  for (const type of ['ethereum#initialized', 'DOMContentLoaded', 'load', 'pointerdown', 'keydown', 'focus']) {
    win.addEventListener(type, checkWindowEthereum, passive);
  }
  for (const ms of STARTUP_CHECKS_MS) win.setTimeout(checkWindowEthereum, ms);
  checkWindowEthereum();
}
