import type { Outcome } from '../activity/outcome';

/**
 * The private channel from the MAIN-world observer to the isolated-world relay.
 *
 * Both scripts start at document_start, before any page script. In that window they exchange a
 * reference to a DOM node that is then detached: events dispatched on it reach no page listener,
 * and the page never held a reference to it, so it cannot forge or read observations on it.
 * Details travel as JSON strings because strings cross the world boundary intact. The relay still
 * validates everything: the observer lives in the page's realm, so it is best effort, not proof.
 */
const OBSERVER_READY = 'sextant:observer-ready';
const RELAY_READY = 'sextant:relay-ready';
const BOUND = 'sextant:bound';
const OBSERVATION = 'sextant:observation';

export type PageObservation =
  | { type: 'request'; uid: string; time: number; method: string; params: unknown[]; chainId: number | null }
  | { type: 'outcome'; uid: string; outcome: Outcome };

/** MAIN world: opens the channel and returns the function that posts an observation on it. */
export function openObserverChannel(doc: Document): (observation: PageObservation) => void {
  // Captured at document_start, before page scripts run, so a page that patches them later cannot intercept the channel.
  const { dispatchEvent, addEventListener, removeEventListener } = EventTarget.prototype;
  const { appendChild, removeChild } = Node.prototype;
  const NativeCustomEvent = CustomEvent;
  const stringify = JSON.stringify;
  const { isArray } = Array;
  const { keys, create, setPrototypeOf } = Object;
  /**
   * A copy with no prototype anywhere: JSON.stringify looks up `toJSON` on every object it writes,
   * and a getter the page put on Object.prototype or Array.prototype would see (and could replace)
   * each observation.
   */
  const detach = (value: unknown, depth = 0): unknown => {
    if (value === null || typeof value !== 'object' || depth > 16) return typeof value === 'object' ? null : value;
    const out = create(null) as Record<string, unknown>;
    for (const key of keys(value)) out[key] = detach((value as Record<string, unknown>)[key], depth + 1);
    if (!isArray(value)) return out;
    // JSON writes an array by its length and indices; a null-prototype array keeps that shape.
    const list: unknown[] = [];
    setPrototypeOf(list, null);
    for (let i = 0; i < value.length; i++) list[i] = out[i];
    return list;
  };
  // Event options without a prototype: the browser reads bubbles, cancelable and composed from them.
  const options = (detail?: string): CustomEventInit => {
    const init = create(null) as CustomEventInit;
    init.bubbles = detail === undefined;
    if (detail !== undefined) init.detail = detail;
    return init;
  };
  const node = doc.createElement('div');
  const announce = () => {
    const parent: Node = doc.documentElement ?? doc;
    appendChild.call(parent, node);
    dispatchEvent.call(node, new NativeCustomEvent(OBSERVER_READY, options()));
    removeChild.call(parent, node);
  };
  const onRelayReady = () => announce();
  const onBound = () => removeEventListener.call(doc, RELAY_READY, onRelayReady);
  addEventListener.call(doc, RELAY_READY, onRelayReady);
  const once = create(null) as AddEventListenerOptions;
  once.once = true;
  addEventListener.call(node, BOUND, onBound, once);
  announce();
  return (observation) => dispatchEvent.call(node, new NativeCustomEvent(OBSERVATION, options(stringify(detach(observation)))));
}

/** Isolated world: binds to the observer's node and hands each observation's detail to `onDetail`. */
export function listenToObserver(doc: Document, onDetail: (detail: unknown) => void): () => void {
  let node: EventTarget | null = null;
  const onObservation = (event: Event) => onDetail((event as CustomEvent).detail);
  const onObserverReady = (event: Event) => {
    if (node || !event.target) return;
    node = event.target;
    doc.removeEventListener(OBSERVER_READY, onObserverReady, true);
    node.addEventListener(OBSERVATION, onObservation);
    node.dispatchEvent(new CustomEvent(BOUND));
  };
  doc.addEventListener(OBSERVER_READY, onObserverReady, true);
  doc.dispatchEvent(new CustomEvent(RELAY_READY));
  return () => {
    doc.removeEventListener(OBSERVER_READY, onObserverReady, true);
    node?.removeEventListener(OBSERVATION, onObservation);
  };
}
