import { applyFeedback } from '@/lib/ranking/feedback';
import { readFeedback, readHalfLife, writeFeedback, writeHalfLife } from '@/lib/storage/recommendation-state';
import { writeNewTabEnabled } from '@/lib/storage/newtab-setting';
import type { SextantDb } from '@/lib/storage/schema';
import { handle } from './handle';
import type { Recommender } from './recommender';

/** Feedback, the recency half-life, asking for a fresh ranking, and whether the new tab is Sextant's. */
export function handleRecommendations(db: SextantDb, recommender: Recommender): void {
  handle('sendFeedback', async (action) => {
    await db.transaction('rw', db.settings, async () => writeFeedback(db, applyFeedback(await readFeedback(db), action)));
    await recommender.now();
  });
  handle('refreshRecommendations', () => recommender.now());
  handle('getHalfLife', () => readHalfLife(db));
  handle('setNewTabEnabled', async (enabled) => void (await writeNewTabEnabled(db, enabled)));
  handle('setHalfLife', async (days) => {
    await writeHalfLife(db, days);
    await recommender.now(true);
  });
}
