import type { ActionText } from '@/lib/activity/describe-event';
import type { Translate } from './i18n';

/** Words an ActionText in the current locale; "X on dApp" nests the action's own message. */
export function actionLabel(t: Translate, text: ActionText): string {
  if (text.key !== 'actionOnDapp') return t(text.key, text.subs);
  const [actionKey, dapp, ...rest] = text.subs;
  return t('actionOnDapp', [t(actionKey!, rest), dapp!]);
}
