import { act, activityRows, expect, openDapp, openPopup, SITE_HOST, test } from './fixtures';

test('a page cannot read or replace observations through prototype getters or toJSON', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  await dapp.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    // Getters any options object or serialised value would reach through Object.prototype.
    for (const name of ['bubbles', 'cancelable', 'composed']) {
      Object.defineProperty(Object.prototype, name, {
        configurable: true,
        get(this: Record<string, unknown>) {
          seen.push({ name, keys: Object.keys(this) });
          return undefined;
        },
      });
    }
    Object.defineProperty(Object.prototype, 'toJSON', {
      configurable: true,
      get(this: unknown) {
        seen.push({ name: 'toJSON', value: Object.keys(this as object).join(',') });
        return undefined;
      },
    });
  });
  expect(typeof (await act(dapp, 'personalSign')).ok).toBe('string');
  const popup = await openPopup(context, extensionId);
  await expect(activityRows(popup).first()).toContainText('Sign message');
  await expect(activityRows(popup).first()).toHaveAttribute('data-site', SITE_HOST);
  // Nothing the observer built passed through the page's getters (viem's own objects may, so only ours are checked).
  const seen = (await dapp.evaluate(() => (window as unknown as { seen: { keys?: string[]; value?: string }[] }).seen)) as { keys?: string[]; value?: string }[];
  const ours = seen.filter((s) => (s.keys ?? []).includes('uid') || (s.value ?? '').includes('uid') || (s.keys ?? []).includes('detail'));
  expect(ours).toEqual([]);
});
