import { RECORDED_METHODS } from '../activity/methods';
import type { PageObservation } from '../messaging/page-channel';
import { createObject, own } from './intrinsics';
import { outcomeOfError, outcomeOfResult, readChainId } from './outcome-of';
import { sanitizeParams } from './sanitize-params';

/** What the observer knows about one provider: the chain it is on, and who records its requests. */
export interface ProviderState {
  provider: object;
  recorder: Recorder;
  /** The chain the wallet last named in an answer (eth_chainId, a successful switch). */
  chainId: number | null;
  /** The wallet's own `chainId` field when that answer came: when the field moves on, the wallet has switched since. */
  fieldAtAnswer: unknown;
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
/** Observations sent per task, so a flood is spread over tasks instead of making one long one. */
const PER_FLUSH = 50;

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
 * The chain a request is made on. The wallet's answers are trusted first; its `chainId` field, which
 * most wallets keep current, fills in before any answer and shows a switch made in the wallet itself.
 * No listener is added to the provider: a page can count those.
 */
function currentChain(state: ProviderState): number | null {
  const field = chainField(state.provider);
  const fromField = readChainId(field);
  if (state.chainId === null) return fromField;
  if (fromField !== null && field !== state.fieldAtAnswer) {
    state.chainId = fromField;
    state.fieldAtAnswer = field;
  }
  return state.chainId;
}

function learnChain(state: ProviderState, chainId: number | null): void {
  if (chainId === null) return;
  state.chainId = chainId;
  state.fieldAtAnswer = chainField(state.provider);
}

/** The chain a request names itself, if any, from its sanitised params. */
function namedChain(method: string, params: unknown[]): number | null {
  if (method === 'wallet_switchEthereumChain' || method === 'wallet_addEthereumChain' || method === 'wallet_sendCalls' || method === 'eth_sendTransaction') {
    return readChainId(own(own(params, 0), 'chainId'));
  }
  return null;
}

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // Observation is best effort; it must never surface an error to the page.
  }
}

/**
 * Records the requests a page makes. On the call path only a note is taken (method, a reference to
 * the params, time, chain); sanitising, serialising and sending happen in a later task, a bounded
 * number per task. Past the rate limit a request is only counted.
 */
export function createRecorder(deps: ObserveDeps): Recorder {
  let head: Note | null = null;
  let tail: Note | null = null;
  let scheduled = false;
  let rateLimited = 0;
  let unwatchable = 0;
  let tokens = BURST;
  let refilledAt = deps.now();

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    deps.later(flushSome);
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
      const params = sanitizeParams(note.method, note.params);
      note.params = null;
      note.uid = deps.uid();
      deps.emit({ type: 'request', uid: note.uid, time: note.time, method: note.method, params, chainId: namedChain(note.method, params) ?? note.chainId });
      return;
    }
    // The request could not be sent (its params threw): its outcome has nothing to belong to.
    if (note.request.uid === '') return;
    deps.emit({ type: 'outcome', uid: note.request.uid, outcome: note.ok ? outcomeOfResult(note.request.method, note.value) : outcomeOfError(note.value) });
  }

  function sendCounts(): void {
    if (rateLimited > 0) {
      const count = rateLimited;
      rateLimited = 0;
      quietly(() => deps.emit({ type: 'dropped', reason: 'rate-limited', count }));
    }
    if (unwatchable > 0) {
      const count = unwatchable;
      unwatchable = 0;
      quietly(() => deps.emit({ type: 'dropped', reason: 'unwatchable-wallet', count }));
    }
  }

  function flushSome(limit = PER_FLUSH): void {
    scheduled = false;
    for (let n = 0; head !== null && n < limit; n++) {
      const note: Note = head;
      head = note.next;
      if (head === null) tail = null;
      note.next = null;
      quietly(() => send(note));
    }
    sendCounts();
    if (head !== null) schedule();
  }

  function chainQuery(state: ProviderState): Settlement {
    return { ok: (result) => learnChain(state, readChainId(result)), fail: () => undefined };
  }

  return {
    begin(state, method, params) {
      if (typeof method !== 'string') return null;
      if (method === 'eth_chainId') return chainQuery(state);
      if (RECORDED[method] !== true) return null;
      if (!take()) {
        rateLimited++;
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
      unwatchable++;
      schedule();
    },
    flush() {
      flushSome(Infinity);
    },
  };
}

export function providerState(provider: object, recorder: Recorder): ProviderState {
  return { provider, recorder, chainId: null, fieldAtAnswer: undefined };
}
