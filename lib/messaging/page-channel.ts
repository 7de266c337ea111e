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
  const node = doc.createElement('div');
  const announce = () => {
    const parent: Node = doc.documentElement ?? doc;
    appendChild.call(parent, node);
    dispatchEvent.call(node, new NativeCustomEvent(OBSERVER_READY, { bubbles: true }));
    removeChild.call(parent, node);
  };
  const onRelayReady = () => announce();
  const onBound = () => removeEventListener.call(doc, RELAY_READY, onRelayReady);
  addEventListener.call(doc, RELAY_READY, onRelayReady);
  addEventListener.call(node, BOUND, onBound, { once: true });
  announce();
  return (observation) => dispatchEvent.call(node, new NativeCustomEvent(OBSERVATION, { detail: stringify(observation) }));
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
