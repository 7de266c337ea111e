import type Dexie from 'dexie';
import { problem, type Problem } from '../activity/problem';
import { storageProblem } from './storage-problem';

export type DatabaseHealth = { ok: true } | { ok: false; problem: Problem };

/**
 * Watches one connection for what its user must be told: its upgrade blocked by another Sextant
 * page holding the old version open; another connection upgrading or deleting the database under
 * it (Dexie then closes this one so the other can proceed, and this page's code is outdated until
 * reloaded); the browser closing it; an open that fails. Reports `ok` when it opens again, except
 * after an upgrade elsewhere. Opens the database at once, so a failure shows before any read.
 */
export function watchDatabase(db: Dexie, report: (health: DatabaseHealth) => void): void {
  let open = false;
  let outdated = false;
  const failed = (key: string) => report({ ok: false, problem: problem(key) });
  db.on('blocked', () => failed('storageBlocked'));
  db.on('versionchange', (event) => {
    outdated = true;
    // Dexie's own handler closes after this one; closing first lets the other connection proceed
    // before anything the report starts (a write to the error log) runs on this one.
    db.close({ disableAutoOpen: false });
    failed(event.newVersion ? 'storageUpgraded' : 'storageClosed');
  });
  db.on('close', () => {
    // Dexie also closes after a failed open (reported below) and for an upgrade elsewhere (above).
    if (open && !outdated) failed('storageClosed');
    open = false;
  });
  db.on(
    'ready',
    () => {
      open = true;
      if (!outdated) report({ ok: true });
    },
    true,
  );
  db.open().catch((error: unknown) => report({ ok: false, problem: storageProblem(error) }));
}
