import { RECORDED_METHODS } from '../activity/methods';
import { OBSERVER_DROP_REASONS } from '../activity/drop-reasons';
import type { PageObservation } from '../messaging/page-channel';
import { createObject, own } from './intrinsics';
import { outcomeOfError, outcomeOfResult, readChainId } from './outcome-of';
import { quietly } from './quietly';
import { sanitizeParams } from './sanitize-params';

/** What the observer knows about one provider: the chain it is on, and who records its requests. */
export interface ProviderState {
  provider: object;
  recorder: Recorder;
  /** The chain the wallet last named: its chainId field, or an answer (eth_chainId, a successful switch). */
  chainId: number | null;
}

export interface ObserveDeps {
  emit(observation: PageObservation): void;
  now(): number;
  uid(): string;
  /** Runs `task` in a later task of the page's event loop (the page's setTimeout, captured at document_start). */
  later(task: () => void): void;
}

/** How a request's answer is reported back; the caller attaches these without altering the page's promise. */
export interface Settlement {
  ok(result: unknown): void;
  fail(error: unknown): void;
}

export interface Recorder {
  /** The call path: notes one request in a few steps and defers the rest. Null when nothing is to be recorded. */
  begin(state: ProviderState, method: unknown, params: unknown): Settlement | null;
  /** A wallet that cannot be watched without changing it: counted, reported with the next flush. */
  unwatchable(): void;
  /** Sends everything noted so far, now (the page is being left). */
  flush(): void;
}

// The relay's own limit (relay-queue.ts) is the same: observations past it would be dropped there
// anyway, so they are only counted here, without being sanitised, serialised and sent.
const BURST = 100;
const PER_SECOND = 2;

const RECORDED: Record<string, true | undefined> = createObject(null);
for (let i = 0; i < RECORDED_METHODS.length; i++) RECORDED[RECORDED_METHODS[i]!] = true;

interface RequestNote {
  kind: 'request';
  next: Note | null;
  uid: string;
  time: number;
  method: string;
  /** The page's own params, read (and cut down) only when the note is sent. */
  params: unknown;
  chainId: number | null;
}
interface OutcomeNote {
  kind: 'outcome';
  next: Note | null;
  request: RequestNote;
  ok: boolean;
  value: unknown;
}
type Note = RequestNote | OutcomeNote;

/** The wallet's `chainId` field, read as the page would read it; a getter that throws counts as no field. */
function chainField(provider: object): unknown {
  try {
    return (provider as { chainId?: unknown }).chainId;
  } catch {
    return undefined;
  }
}

/**
 * The chain a request is made on: the wallet's own `chainId` field, which wallets keep current (it
 * follows a switch made in the wallet itself), else the last chain the wallet named (in that field
 * or in an answer). No chainChanged listener is added to the provider: a page can count those.
 */
function currentChain(state: ProviderState): number | null {
  learnChain(state, readChainId(chainField(state.provider)));
  return state.chainId;
}

function learnChain(state: ProviderState, chainId: number | null): void {
  if (chainId !== null) state.chainId = chainId;
}

/** The chain a request names itself, if any, from its sanitised params. */
function namedChain(method: string, params: unknown[]): number | null {
  if (method === 'wallet_switchEthereumChain' || method === 'wallet_addEthereumChain' || method === 'wallet_sendCalls' || method === 'eth_sendTransaction') {
    return readChainId(own(own(params, 0), 'chainId'));
  }
  return null;
}

/**
 * Records the requests a page makes. On the call path only a note is taken (method, a reference to
 * the params, time, chain); sanitising, serialising and sending happen in a later task. Past the
 * rate limit a request is only counted.
 */
export function createRecorder(deps: ObserveDeps): Recorder {
  let head: Note | null = null;
  let tail: Note | null = null;
  let scheduled = false;
  // What was not sent, by reason, reported with the next flush (an object literal: its own keys only are ever touched).
  const counts: Record<(typeof OBSERVER_DROP_REASONS)[number], number> = { 'rate-limited': 0, 'unwatchable-wallet': 0, 'invalid-shape': 0 };
  let tokens = BURST;
  let refilledAt = deps.now();

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    deps.later(flushAll);
  }

  function push(note: Note): void {
    if (tail === null) head = note;
    else tail.next = note;
    tail = note;
    schedule();
  }

  function take(): boolean {
    const now = deps.now();
    const elapsed = now - refilledAt;
    if (elapsed > 0) {
      const refilled = tokens + (elapsed * PER_SECOND) / 1000;
      tokens = refilled > BURST ? BURST : refilled;
      refilledAt = now;
    }
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  }

  function send(note: Note): void {
    if (note.kind === 'request') {
      let params: unknown[];
      try {
        params = sanitizeParams(note.method, note.params);
      } catch {
        // Params that throw when read (a page's Proxy): the request cannot be described, only counted.
        counts['invalid-shape']++;
        return;
      }
      note.params = null;
      note.uid = deps.uid();
      deps.emit({ type: 'request', uid: note.uid, time: note.time, method: note.method, params, chainId: namedChain(note.method, params) ?? note.chainId });
      return;
    }
    // The request could not be described: its outcome has nothing to belong to.
    if (note.request.uid === '') return;
    deps.emit({ type: 'outcome', uid: note.request.uid, outcome: note.ok ? outcomeOfResult(note.request.method, note.value) : outcomeOfError(note.value) });
  }

  function sendCounts(): void {
    for (let i = 0; i < OBSERVER_DROP_REASONS.length; i++) {
      const reason = OBSERVER_DROP_REASONS[i]!;
      const count = counts[reason];
      if (count === 0) continue;
      counts[reason] = 0;
      quietly(() => deps.emit({ type: 'dropped', reason, count }));
    }
  }

  // Everything noted goes in one task: the rate limit already bounds it (BURST requests and their
  // outcomes), and the relay then checks and saves its queue once for the lot, not once per part.
  function flushAll(): void {
    scheduled = false;
    while (head !== null) {
      const note: Note = head;
      head = note.next;
      if (head === null) tail = null;
      note.next = null;
      quietly(() => send(note));
    }
    sendCounts();
  }

  function chainQuery(state: ProviderState): Settlement {
    return { ok: (result) => learnChain(state, readChainId(result)), fail: () => undefined };
  }

  return {
    begin(state, method, params) {
      if (typeof method !== 'string') return null;
      // Answers to eth_chainId are needed only when the wallet keeps no chainId field: otherwise the
      // page's promise is not touched at all (watching it marks it handled, see instrument-provider.ts).
      if (method === 'eth_chainId') return readChainId(chainField(state.provider)) === null ? chainQuery(state) : null;
      if (RECORDED[method] !== true) return null;
      if (!take()) {
        counts['rate-limited']++;
        schedule();
        return null;
      }
      const request: RequestNote = { kind: 'request', next: null, uid: '', time: deps.now(), method, params, chainId: currentChain(state) };
      push(request);
      return {
        ok: (value) => {
          // A switch the wallet accepted moves every later request to that chain.
          if (method === 'wallet_switchEthereumChain') learnChain(state, readChainId(own(own(params, 0), 'chainId')));
          push({ kind: 'outcome', next: null, request, ok: true, value });
        },
        fail: (value) => push({ kind: 'outcome', next: null, request, ok: false, value }),
      };
    },
    unwatchable() {
      counts['unwatchable-wallet']++;
      schedule();
    },
    flush: flushAll,
  };
}

export function providerState(provider: object, recorder: Recorder): ProviderState {
  return { provider, recorder, chainId: null };
}
