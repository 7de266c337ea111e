import { CATEGORIES } from '../catalog/categories';
import type { feedbackActionSchema } from '../messaging/feedback-action-schema';
import { z } from '../zod';

const dappId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
const ids = z.array(dappId).max(10_000);

/** What the user told Sextant about its recommendations. Applied at once and kept. */
export const feedbackSchema = z.object({
  liked: ids,
  notInterested: ids,
  /** Marked "already use this": treated as used without any activity. */
  alreadyUse: ids,
  hiddenCategories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
});

export type Feedback = z.infer<typeof feedbackSchema>;

export const noFeedback = (): Feedback => ({ liked: [], notInterested: [], alreadyUse: [], hiddenCategories: [] });

/** One piece of feedback, as its schema (the message's input) defines it. */
export type FeedbackAction = z.infer<typeof feedbackActionSchema>;

/** Applies one piece of feedback; a dApp sits in at most one list. */
export function applyFeedback(feedback: Feedback, action: FeedbackAction): Feedback {
  const without = <T extends string>(list: T[], id?: string) => list.filter((x) => x !== id);
  const base: Feedback = {
    liked: without(feedback.liked, 'dappId' in action ? action.dappId : undefined),
    notInterested: without(feedback.notInterested, 'dappId' in action ? action.dappId : undefined),
    alreadyUse: without(feedback.alreadyUse, 'dappId' in action ? action.dappId : undefined),
    hiddenCategories: action.kind === 'undo' ? without(feedback.hiddenCategories, action.category) : [...feedback.hiddenCategories],
  };
  switch (action.kind) {
    case 'like':
      return { ...base, liked: [...base.liked, action.dappId] };
    case 'not-interested':
      return { ...base, notInterested: [...base.notInterested, action.dappId] };
    case 'already-use':
      return { ...base, alreadyUse: [...base.alreadyUse, action.dappId] };
    case 'hide-category':
      return base.hiddenCategories.includes(action.category) ? base : { ...base, hiddenCategories: [...base.hiddenCategories, action.category] };
    case 'undo':
      return base;
  }
}
