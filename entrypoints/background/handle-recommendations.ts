import { applyFeedback } from '@/lib/ranking/feedback';
import { SETTINGS } from '@/lib/settings/registry';
import { setSetting, updateSetting } from '@/lib/settings/write-setting';
import type { SextantDb } from '@/lib/storage/schema';
import { handle } from './handle';
import type { Recommender } from './recommender';

/** Feedback, the recency half-life and the chains considered, asking for a fresh ranking, and whether the new tab is Sextant's. */
export function handleRecommendations(db: SextantDb, recommender: Recommender): void {
  handle('sendFeedback', async (action) => {
    await updateSetting(db, SETTINGS.feedback, (feedback) => applyFeedback(feedback, action));
    await recommender.now();
  });
  handle('refreshRecommendations', () => recommender.now());
  handle('setNewTabEnabled', (enabled) => setSetting(db, SETTINGS.newTabEnabled, enabled));
  // Answered once stored, so the page's "Saved." never waits on a ranking (seconds while the model
  // first loads); the new ranking follows, and a failure of it goes to "Recent errors".
  handle('setHalfLife', async (days) => {
    await setSetting(db, SETTINGS.halfLifeDays, days);
    recommender.schedule(true);
  });
  handle('setChains', async (chains) => {
    await setSetting(db, SETTINGS.chains, chains);
    recommender.schedule();
  });
}
