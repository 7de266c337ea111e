import type { Problem } from '../activity/problem';
import { z } from '../zod';
import type { SextantDb } from './schema';

const KEY = 'recent-errors';
/** Enough to see what keeps failing; older ones are dropped. */
export const MAX_LOGGED_ERRORS = 20;

const loggedSchema = z.array(z.object({ time: z.number(), where: z.string(), problem: z.object({ key: z.string(), subs: z.array(z.string()).optional() }) }));

export type LoggedError = z.infer<typeof loggedSchema>[number];

/** The failures the background met, newest first, shown in "Your data"; nothing is sent anywhere. */
export async function readErrors(db: SextantDb): Promise<LoggedError[]> {
  const parsed = loggedSchema.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : [];
}

export async function logError(db: SextantDb, where: string, problem: Problem, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const next = [{ time: now, where, problem }, ...(await readErrors(db))].slice(0, MAX_LOGGED_ERRORS);
    await db.settings.put({ key: KEY, value: next });
  });
}

export async function clearErrors(db: SextantDb): Promise<void> {
  await db.settings.delete(KEY);
}
