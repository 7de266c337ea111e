import { useEffect, useReducer, useRef } from 'react';
import { noChange, settingChange, type ChangeEvent, type ChangeState } from './setting-change';

/**
 * One setting the page changes through the background. The control shows the new value at once,
 * marked as being saved; "Saved." appears only once the background confirmed, and a failure puts
 * the stored value back and says why (setting-change.ts). Changes made elsewhere show as the stored
 * value moves.
 */
export function useSettingChange<T>(stored: T | undefined, texts: { saving: string; saved: string; failed(error: unknown): string }) {
  const [state, dispatch] = useReducer(settingChange as (state: ChangeState<T>, event: ChangeEvent<T>) => ChangeState<T>, noChange<T>());
  const ids = useRef(0);
  const storedNow = useRef(stored);
  useEffect(() => {
    storedNow.current = stored;
    dispatch({ type: 'stored' });
  }, [stored]);

  return {
    /** What the control shows: the change being saved, else the stored value. */
    value: state.pending ? state.pending.value : stored,
    note: state.note,
    change(value: T, save: () => Promise<unknown>): void {
      const id = ++ids.current;
      dispatch({ type: 'start', id, value, stored: storedNow.current, text: texts.saving });
      save().then(
        () => dispatch({ type: 'saved', id, stored: storedNow.current, text: texts.saved }),
        (error: unknown) => {
          console.warn('Sextant settings: a change was not saved', error);
          dispatch({ type: 'failed', text: texts.failed(error) });
        },
      );
    },
    /** Says why a value the person entered cannot be saved, without sending it. */
    refuse(text: string): void {
      dispatch({ type: 'refused', text });
    },
  };
}
