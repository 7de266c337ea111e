import { describe, expect, it } from 'vitest';
import { noChange, settingChange, type ChangeEvent, type ChangeState } from './setting-change';

const run = (events: ChangeEvent<number>[], from: ChangeState<number> = noChange()) => events.reduce(settingChange<number>, from);
const shown = (state: ChangeState<number>, stored: number) => (state.pending ? state.pending.value : stored);

describe('a change on the settings page', () => {
  it('shows the new value as being saved, and "saved" only once the background confirmed', () => {
    const saving = run([{ type: 'start', id: 1, value: 30, stored: 60, text: 'Saving…' }]);
    expect(shown(saving, 60)).toBe(30);
    expect(saving.note).toEqual({ kind: 'pending', text: 'Saving…' });
    // Confirmed before the page read the new stored value: the new value stays shown until it does.
    const confirmed = run([{ type: 'saved', id: 1, stored: 60, text: 'Saved.' }], saving);
    expect(shown(confirmed, 60)).toBe(30);
    expect(confirmed.note).toEqual({ kind: 'ok', text: 'Saved.' });
    expect(run([{ type: 'stored' }], confirmed).pending).toBeNull();
    // The page already read it: nothing is pending any more.
    expect(run([{ type: 'saved', id: 1, stored: 30, text: 'Saved.' }], saving).pending).toBeNull();
  });

  it('puts the stored value back when saving fails, and says why', () => {
    const failed = run([
      { type: 'start', id: 1, value: 30, stored: 60, text: 'Saving…' },
      { type: 'failed', text: 'That value was not saved.' },
    ]);
    expect(shown(failed, 60)).toBe(60);
    expect(failed.note).toEqual({ kind: 'error', text: 'That value was not saved.' });
  });

  it('does not let an earlier change’s answer speak for a later one, nor a later success hide an earlier failure', () => {
    const two = run([
      { type: 'start', id: 1, value: 30, stored: 60, text: 'Saving…' },
      { type: 'start', id: 2, value: 45, stored: 60, text: 'Saving…' },
      { type: 'saved', id: 1, stored: 60, text: 'Saved.' },
    ]);
    expect(two.note?.kind).toBe('pending');
    expect(shown(two, 60)).toBe(45);
    const failedFirst = run([
      { type: 'failed', text: 'not saved' },
      { type: 'saved', id: 2, stored: 45, text: 'Saved.' },
    ], two);
    expect(failedFirst.note).toEqual({ kind: 'error', text: 'not saved' });
    expect(shown(failedFirst, 45)).toBe(45);
  });

  it('says why a value is refused without sending it, showing the stored value', () => {
    const refused = run([{ type: 'refused', text: 'Use a whole number of days from 1 to 3650.' }]);
    expect(refused).toEqual({ pending: null, note: { kind: 'error', text: 'Use a whole number of days from 1 to 3650.' } });
  });
});
