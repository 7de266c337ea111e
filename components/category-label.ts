import type { Translate } from './i18n';

/** Message keys cannot contain '-', so category ids map to cat_<id with underscores>. */
export function categoryLabel(t: Translate, category: string): string {
  return t(`cat_${category.replaceAll('-', '_')}`);
}
