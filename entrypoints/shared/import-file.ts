import { readActivityDocument } from '@/lib/activity/read-activity-file';
import { readFileEvents, type Rejections } from '@/lib/activity/read-file-events';
import { problem, type Problem } from '@/lib/activity/problem';
import { MAX_BATCH_EVENTS, MAX_CSV_CHARS } from '@/lib/activity/import-limits';
import { sendMessage } from '@/lib/messaging/protocol';

/** Larger files than this cannot be held as one string by the browser; say so instead of failing silently. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface ImportProgress {
  phase: 'read' | 'check' | 'send';
  done: number;
  total: number;
}

export type ImportOutcome =
  | { ok: true; added: number; duplicates: number; skipped?: number }
  | { ok: false; problem: Problem; rejections?: Rejections; added?: number };

const isCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === 'text/csv';

/** Reads a file in chunks, reporting bytes read, so a large file shows progress from the start. */
async function readText(file: File, onProgress: (p: ImportProgress) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    done += chunk.value.byteLength;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    onProgress({ phase: 'read', done, total: file.size });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Imports an activity file or an explorer CSV through the background. An activity file is checked
 * whole here first (all or nothing), then sent in batches far below the extension message limit;
 * each batch is idempotent, so an import cut short is finished by importing the file again.
 */
export async function importFile(file: File, chainId: number | undefined, onProgress: (p: ImportProgress) => void): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: problem('importTooLarge', Math.round(file.size / 1024 / 1024), MAX_FILE_BYTES / 1024 / 1024) };
  if (isCsv(file)) {
    if (file.size > MAX_CSV_CHARS) return { ok: false, problem: problem('csvTooLarge', MAX_CSV_CHARS / 1024 / 1024) };
    const result = await sendMessage('importExplorerCsv', { text: await readText(file, onProgress), fileName: file.name, chainId });
    return result.ok ? { ok: true, added: result.added, duplicates: result.duplicates, skipped: result.skipped.incoming + result.skipped.failed } : result;
  }
  const read = readActivityDocument(await readText(file, onProgress));
  if (!read.ok) return read;
  const { rawEvents, userData } = read.document;
  onProgress({ phase: 'check', done: 0, total: rawEvents.length });
  const { rejections } = readFileEvents(rawEvents);
  if (rejections.count > 0) return { ok: false, problem: problem('importInvalidEvents', rejections.count, rawEvents.length), rejections };

  let added = 0;
  let duplicates = 0;
  for (let offset = 0; offset === 0 || offset < rawEvents.length; offset += MAX_BATCH_EVENTS) {
    const events = rawEvents.slice(offset, offset + MAX_BATCH_EVENTS);
    const last = offset + MAX_BATCH_EVENTS >= rawEvents.length;
    const result = await sendMessage('importActivityBatch', { offset, events, ...(last && userData ? { userData } : {}) });
    if (!result.ok) return { ...result, added };
    added += result.added;
    duplicates += result.duplicates;
    onProgress({ phase: 'send', done: Math.min(offset + MAX_BATCH_EVENTS, rawEvents.length), total: rawEvents.length });
  }
  return { ok: true, added, duplicates };
}
