import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../../lib/activity/drop-reasons';
import { CATEGORIES } from '../../lib/catalog/categories';
import { ACTION_WEIGHTS } from '../../lib/profile/action-weights';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(join('public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const en = load('en');
const id = load('id');
const placeholders = (m: Messages[string]) => (m.message.match(/\$[A-Z0-9_]+\$/g) ?? []).sort();

describe('locales', () => {
  it('English and Indonesian have the same keys and placeholders', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(placeholders(id[key]!), key).toEqual(placeholders(en[key]!));
  });

  it('every placeholder a message uses is declared', () => {
    for (const [lang, messages] of [['en', en], ['id', id]] as const) {
      for (const [key, m] of Object.entries(messages)) {
        for (const p of placeholders(m)) expect(m.placeholders?.[p.slice(1, -1).toLowerCase()], `${lang} ${key} ${p}`).toBeDefined();
      }
    }
  });

  it('names every category, every action kind and every reason a page message is dropped', () => {
    for (const c of CATEGORIES) {
      expect(en[`cat_${c.replaceAll('-', '_')}`], c).toBeDefined();
      expect(en[`catnoun_${c.replaceAll('-', '_')}`], c).toBeDefined();
    }
    for (const kind of Object.keys(ACTION_WEIGHTS)) expect(en[`kind_${kind.replaceAll('-', '_')}`], kind).toBeDefined();
    for (const reason of DROP_REASONS) expect(en[`drop_${reason.replaceAll('-', '_')}`], reason).toBeDefined();
  });

  it('ships only the locales the product supports', () => {
    expect(readdirSync('public/_locales').sort()).toEqual(['en', 'id']);
  });
});
