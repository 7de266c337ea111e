import { feedbackActionSchema } from '@/lib/messaging/feedback-action-schema';
import { onMessage } from '@/lib/messaging/protocol';
import { applyFeedback } from '@/lib/ranking/feedback';
import { halfLifeSchema } from '@/lib/messaging/half-life-schema';
import { z } from '@/lib/zod';
import { writeNewTabEnabled } from '@/lib/storage/newtab-setting';
import { readFeedback, readHalfLife, writeFeedback, writeHalfLife } from '@/lib/storage/recommendation-state';
import type { SextantDb } from '@/lib/storage/schema';
import { pageOnly } from './page-only';
import type { Recommender } from './recommender';

/** Feedback, the recency half-life, asking for a fresh ranking, and whether the new tab is Sextant's. */
export function handleRecommendations(db: SextantDb, recommender: Recommender): void {
  onMessage('sendFeedback', ({ data, sender }) =>
    pageOnly(sender, async () => {
      const action = feedbackActionSchema.parse(data);
      await db.transaction('rw', db.settings, async () => writeFeedback(db, applyFeedback(await readFeedback(db), action)));
      await recommender.now();
    }),
  );
  onMessage('refreshRecommendations', ({ sender }) => pageOnly(sender, () => recommender.now()));
  onMessage('getHalfLife', ({ sender }) => pageOnly(sender, () => readHalfLife(db)));
  onMessage('setHalfLife', ({ data, sender }) =>
    pageOnly(sender, async () => {
      await writeHalfLife(db, halfLifeSchema.parse(data));
      await recommender.now(true);
    }),
  );
  onMessage('setNewTabEnabled', ({ data, sender }) => pageOnly(sender, () => writeNewTabEnabled(db, z.boolean().parse(data)).then(() => undefined)));
}
