import type { SaveState } from '@/components/save-note';

/**
 * A change to one setting as the settings page shows it: the value being saved (shown in place of
 * the stored one until the background confirms), and what the page says about it.
 */
export interface ChangeState<T> {
  pending: { id: number; value: T; confirmed: boolean; storedBefore: unknown } | null;
  note: SaveState;
}

export type ChangeEvent<T> =
  /** The person chose `value`; `stored` is what the page read until then. */
  | { type: 'start'; id: number; value: T; stored: T | undefined; text: string }
  /** The background saved change `id`; `stored` is what the page reads now. */
  | { type: 'saved'; id: number; stored: T | undefined; text: string }
  | { type: 'failed'; text: string }
  /** The page read a new stored value. */
  | { type: 'stored' }
  /** The page refused the value itself, without sending it. */
  | { type: 'refused'; text: string };

export const noChange = <T>(): ChangeState<T> => ({ pending: null, note: null });

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function settingChange<T>(state: ChangeState<T>, event: ChangeEvent<T>): ChangeState<T> {
  switch (event.type) {
    case 'start':
      return { pending: { id: event.id, value: event.value, confirmed: false, storedBefore: event.stored }, note: { kind: 'pending', text: event.text } };
    case 'saved': {
      // A newer change speaks for itself; a failure since then keeps its message.
      if (state.pending?.id !== event.id) return state;
      // The page may already read the new value (the database told it before the answer came).
      const caughtUp = event.stored !== state.pending.storedBefore || same(event.stored, state.pending.value);
      return { pending: caughtUp ? null : { ...state.pending, confirmed: true }, note: { kind: 'ok', text: event.text } };
    }
    case 'failed':
    case 'refused':
      // The stored value shows again: what the background has is what the page shows.
      return { pending: null, note: { kind: 'error', text: event.text } };
    case 'stored':
      return state.pending?.confirmed ? { ...state, pending: null } : state;
  }
}
