import { useEffect, useRef, useState } from 'react';
import type { SaveState } from '@/components/save-note';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One setting the page changes through the background. The control shows the new value at once,
 * marked as being saved; "Saved." appears only once the background confirmed, and a failure puts
 * the stored value back and says why. Changes made elsewhere show as the stored value moves.
 */
export function useSettingChange<T>(stored: T | undefined, texts: { saving: string; saved: string; failed(error: unknown): string }) {
  const [pending, setPending] = useState<{ id: number; value: T; confirmed: boolean } | null>(null);
  const [note, setNote] = useState<SaveState>(null);
  const latest = useRef(0);
  const failures = useRef(0);
  const storedNow = useRef(stored);
  useEffect(() => {
    storedNow.current = stored;
    // Once confirmed, the stored value is the truth again as soon as it moves.
    setPending((p) => (p?.confirmed ? null : p));
  }, [stored]);

  function change(value: T, save: () => Promise<unknown>): void {
    const id = ++latest.current;
    const storedBefore = storedNow.current;
    const failuresBefore = failures.current;
    setPending({ id, value, confirmed: false });
    setNote({ kind: 'pending', text: texts.saving });
    save().then(
      () => {
        // A newer change speaks for itself; one that failed meanwhile keeps its message.
        if (id !== latest.current || failures.current !== failuresBefore) return;
        // The page may already read the new value (the database told it before the answer came).
        const caughtUp = storedNow.current !== storedBefore || same(storedNow.current, value);
        setPending(caughtUp ? null : { id, value, confirmed: true });
        setNote({ kind: 'ok', text: texts.saved });
      },
      (error: unknown) => {
        console.warn('Sextant settings: a change was not saved', error);
        failures.current++;
        setPending(null);
        setNote({ kind: 'error', text: texts.failed(error) });
      },
    );
  }

  return {
    /** What the control shows: the change being saved, else the stored value. */
    value: pending ? pending.value : stored,
    saving: pending !== null && !pending.confirmed,
    note,
    change,
    /** Says why a value the person entered cannot be saved, without sending it. */
    refuse(text: string): void {
      latest.current++;
      setPending(null);
      setNote({ kind: 'error', text });
    },
  };
}
