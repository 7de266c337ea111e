import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ActivityEvent } from '../../lib/activity/activity-event';
import { describeProblem } from '../../lib/activity/describe-problem';
import { problem } from '../../lib/activity/problem';
import { readActivityFile } from '../../lib/activity/read-activity-file';
import { readExplorerCsv } from '../../lib/activity/read-explorer-csv';
import type { Rejections } from '../../lib/activity/read-file-events';
import type { Problem } from '../../lib/activity/problem';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { catalogCsvOptions } from '../../lib/storage/import-explorer-csv';
import { english } from '../english';

export type ReadResult = { ok: true; events: ActivityEvent[]; rejections: Rejections } | { ok: false; problem: Problem };

/** Reads an activity file (.json) or an explorer's transaction export (.csv), as the extension does. */
export async function readActivityPath(path: string, chainId?: number): Promise<ReadResult> {
  const text = await readFile(path, 'utf8');
  if (!/\.csv$/i.test(path)) return readActivityFile(text);
  const lookup = defaultLookup();
  const read = readExplorerCsv(text, { fileName: basename(path), chainId, ...catalogCsvOptions(lookup) });
  return read.ok ? { ok: true, events: read.events, rejections: read.rejections } : read;
}

/** Reads an activity file for a command, refusing it with the reasons if any event is invalid. */
export async function readActivityOrFail(path: string | undefined, command: string, chainId?: number): Promise<ActivityEvent[]> {
  if (!path) throw new Error(`${command} needs --activity FILE`);
  const result = await readActivityPath(path, chainId);
  if (!result.ok) throw new Error(`${path}: ${describeProblem(english, result.problem)}`);
  const { events, rejections } = result;
  if (rejections.count) {
    const p = problem('importInvalidEvents', rejections.count, events.length + rejections.count);
    throw new Error(`${path}: ${describeProblem(english, p, rejections)} (run validate for more)`);
  }
  return events;
}
