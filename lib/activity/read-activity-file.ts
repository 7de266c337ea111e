import type { ActivityEvent } from './activity-event';
import { activityFileHeaderSchema, ACTIVITY_FORMAT_V1 } from './activity-file-schema';
import { MAX_STORED_EVENTS } from './import-limits';
import { problem, type Problem } from './problem';
import { readFileEvents, type Rejections } from './read-file-events';
import { userDataSchema, type UserData } from './user-data-schema';

export interface ActivityDocument {
  format: string;
  /** The events as the file holds them, unchecked: read them with readFileEvents, in batches if large. */
  rawEvents: unknown[];
  userData?: UserData;
}

export type DocumentResult = { ok: true; document: ActivityDocument } | { ok: false; problem: Problem };

export type ActivityFileResult =
  | { ok: true; events: ActivityEvent[]; rejections: Rejections; userData?: UserData }
  | { ok: false; problem: Problem };

/** Reads the outside of an activity file (v1 or v2): JSON, its format, the events array and the user data. */
export function readActivityDocument(text: string): DocumentResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: problem('importNotJson', (e as Error).message) };
  }
  const header = activityFileHeaderSchema.safeParse(json);
  if (!header.success) {
    const wrong = header.error.issues[0]?.path[0];
    return { ok: false, problem: problem(wrong === 'events' ? 'importNoEvents' : 'importWrongFormat') };
  }
  const { format, events, userData } = header.data;
  if (events.length > MAX_STORED_EVENTS) return { ok: false, problem: problem('importTooManyEvents', events.length, MAX_STORED_EVENTS) };
  if (format === ACTIVITY_FORMAT_V1 || userData === undefined) return { ok: true, document: { format, rawEvents: events } };
  const data = userDataSchema.safeParse(userData);
  if (!data.success) return { ok: false, problem: problem('importBadUserData', String(data.error.issues[0]?.path[0] ?? '')) };
  return { ok: true, document: { format, rawEvents: events, userData: data.data } };
}

/** Reads a whole activity file at once (the CLI, tests and small files). */
export function readActivityFile(text: string): ActivityFileResult {
  const read = readActivityDocument(text);
  if (!read.ok) return read;
  const { events, rejections } = readFileEvents(read.document.rawEvents);
  return { ok: true, events, rejections, ...(read.document.userData ? { userData: read.document.userData } : {}) };
}
