import type { z } from '../zod';
import type { feedbackActionSchema } from '../messaging/feedback-action-schema';
/** What the user told Sextant about its recommendations. Applied at once and kept. */
export interface Feedback {
  liked: string[];
  notInterested: string[];
  /** Marked "already use this": treated as used without any activity. */
  alreadyUse: string[];
  hiddenCategories: string[];
}

export const noFeedback = (): Feedback => ({ liked: [], notInterested: [], alreadyUse: [], hiddenCategories: [] });

/** One piece of feedback, as its schema (the message's input) defines it. */
export type FeedbackAction = z.infer<typeof feedbackActionSchema>;

/** Applies one piece of feedback; a dApp sits in at most one list. */
export function applyFeedback(feedback: Feedback, action: FeedbackAction): Feedback {
  const without = (list: string[], id?: string) => list.filter((x) => x !== id);
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
