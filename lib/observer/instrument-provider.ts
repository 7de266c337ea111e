import { isArray, isObjectLike, own } from './intrinsics';
import { quietly } from './quietly';
import { createRecorder, providerState, type ObserveDeps } from './observe-request';
import { METHODS, states, wrap } from './wrap-method';

const MAX_PROVIDERS = 32;

export interface Instrumenter {
  /** Starts watching a provider (and every provider in its providers[]), if that can be done without the page noticing. */
  instrument(provider: unknown): void;
  /** Sends what was observed so far, now: the page is being left. */
  flush(): void;
}

/**
 * Watches wallet providers by wrapping `request`, `send` and `sendAsync` where they live:
 * on the provider, or on its prototype when the provider inherits them (a class instance), so the
 * provider gains no own property. A wrapper is a Proxy of the wallet's own function: same name,
 * length, properties and printed source (see cloak-to-string.ts), and it calls the wallet with
 * exactly the `this` and arguments the page gave. A method whose slot cannot take a new value
 * without changing its attributes (a frozen provider, a non-writable non-configurable slot, an
 * accessor) is left exactly as it is and the wallet is counted as one Sextant cannot watch.
 */
export function createInstrumenter(deps: ObserveDeps): Instrumenter {
  const recorder = createRecorder(deps);

  function instrumentOne(provider: unknown): void {
    if (!isObjectLike(provider) || states.has(provider)) return;
    const state = providerState(provider, recorder);
    let found = false;
    let blocked = false;
    for (let i = 0; i < METHODS.length; i++) {
      const outcome = wrap(provider, state, METHODS[i]!);
      if (outcome !== 'absent') found = true;
      if (outcome === 'blocked') blocked = true;
    }
    if (!found) return;
    states.set(provider, state);
    if (blocked) recorder.unwatchable();
  }

  return {
    instrument(target) {
      quietly(() => instrumentOne(target));
      if (!isObjectLike(target)) return;
      quietly(() => {
        const providers = (target as { providers?: unknown }).providers;
        if (isArray(providers)) for (let i = 0; i < providers.length && i < MAX_PROVIDERS; i++) instrumentOne(own(providers, i));
      });
    },
    flush: () => recorder.flush(),
  };
}
