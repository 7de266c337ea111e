import { WRAPPING_KEYS, type ActionText } from '@/lib/activity/describe-event';
import type { Translate } from './i18n';

/** Words an ActionText in the current locale; "X on dApp" and "X on site — looks like dApp" nest the action's own message. */
export function actionLabel(t: Translate, text: ActionText): string {
  const before = WRAPPING_KEYS[text.key];
  if (before === undefined) return t(text.key, text.subs);
  const [actionKey, ...rest] = text.subs;
  return t(text.key, [t(actionKey!, rest.slice(before)), ...rest.slice(0, before)]);
}
