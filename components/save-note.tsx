/** Whether a change is being saved, was saved, or failed (and why), read out by screen readers as it changes. */
export type SaveState = { kind: 'pending' | 'ok' | 'error'; text: string } | null;

export function SaveNote({ note }: { note: SaveState }) {
  if (!note) return null;
  return (
    <p role={note.kind === 'error' ? 'alert' : 'status'} className={`message ${note.kind}`}>
      {note.text}
    </p>
  );
}
