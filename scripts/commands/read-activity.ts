import { readFile } from 'node:fs/promises';
import type { ActivityEvent } from '../../lib/activity/activity-event';
import { readActivityFile } from '../../lib/activity/read-activity-file';

/** Reads an activity file for a command, refusing it with the reasons if any event is invalid. */
export async function readActivityOrFail(path: string | undefined, command: string): Promise<ActivityEvent[]> {
  if (!path) throw new Error(`${command} needs --activity FILE`);
  const result = readActivityFile(await readFile(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  if (result.rejected.length) {
    const first = result.rejected[0]!;
    throw new Error(`${path}: ${result.rejected.length} invalid events (first, event ${first.index}: ${first.reasons.join('; ')}); run validate for all`);
  }
  return result.events;
}
