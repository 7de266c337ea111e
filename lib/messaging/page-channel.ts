import type { OBSERVER_DROP_REASONS } from '../activity/drop-reasons';
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
  | { type: 'outcome'; uid: string; outcome: Outcome }
  | { type: 'dropped'; reason: (typeof OBSERVER_DROP_REASONS)[number]; count: number };

/** MAIN world: opens the channel and returns the function that posts an observation on it. */
export function openObserverChannel(doc: Document): (observation: PageObservation) => void {
  // Captured at document_start, before page scripts run, so a page that patches them later cannot intercept the channel.
  // Each is called through the captured Reflect.apply: `fn.call(…)` would look `call` up on the page's Function.prototype.
  const { apply } = Reflect;
  const { dispatchEvent, addEventListener, removeEventListener } = EventTarget.prototype;
  const { appendChild, removeChild } = Node.prototype;
  const documentElementOf = Reflect.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get;
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
    // An index loop: for…of would run the page's Array.prototype[Symbol.iterator].
    const names = keys(value);
    for (let i = 0; i < names.length; i++) out[names[i]!] = detach((value as Record<string, unknown>)[names[i]!], depth + 1);
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
    const parent: Node = (documentElementOf && (apply(documentElementOf, doc, []) as Node | null)) || doc;
    apply(appendChild, parent, [node]);
    apply(dispatchEvent, node, [new NativeCustomEvent(OBSERVER_READY, options())]);
    apply(removeChild, parent, [node]);
  };
  const onRelayReady = () => announce();
  const onBound = () => apply(removeEventListener, doc, [RELAY_READY, onRelayReady]);
  apply(addEventListener, doc, [RELAY_READY, onRelayReady]);
  const once = create(null) as AddEventListenerOptions;
  once.once = true;
  apply(addEventListener, node, [BOUND, onBound, once]);
  announce();
  return (observation) => void apply(dispatchEvent, node, [new NativeCustomEvent(OBSERVATION, options(stringify(detach(observation))))]);
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
