import { feedbackActionSchema } from '@/lib/messaging/feedback-action-schema';
import { onMessage } from '@/lib/messaging/protocol';
import { applyFeedback } from '@/lib/ranking/feedback';
import { halfLifeSchema } from '@/lib/messaging/half-life-schema';
import { readFeedback, readHalfLife, writeFeedback, writeHalfLife } from '@/lib/storage/recommendation-state';
import type { SextantDb } from '@/lib/storage/schema';
import { pageOnly, pageOrSidebar } from './page-only';
import type { Recommender } from './recommender';

/** Feedback, the recency half-life, and asking for a fresh ranking. */
export function handleRecommendations(db: SextantDb, recommender: Recommender): void {
  onMessage('sendFeedback', ({ data, sender }) =>
    pageOrSidebar(sender, async () => {
      const action = feedbackActionSchema.parse(data);
      await db.transaction('rw', db.settings, async () => writeFeedback(db, applyFeedback(await readFeedback(db), action)));
      await recommender.now();
    }),
  );
  onMessage('refreshRecommendations', ({ sender }) => pageOrSidebar(sender, () => recommender.now()));
  onMessage('getHalfLife', ({ sender }) => pageOnly(sender, () => readHalfLife(db)));
  onMessage('setHalfLife', ({ data, sender }) =>
    pageOnly(sender, async () => {
      await writeHalfLife(db, halfLifeSchema.parse(data));
      await recommender.now(true);
    }),
  );
}
