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

test('a page that replaces Function.prototype.call, dispatchEvent, JSON.stringify and other built-ins after load sees none of the channel', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  await dapp.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    const { apply, get } = Reflect;
    const push = Array.prototype.push;
    const looksOurs = (value: unknown) => {
      try {
        if (value instanceof Event) return value.type.startsWith('sextant:');
        if (typeof value === 'string') return value.includes('"uid"');
        return value !== null && typeof value === 'object' && 'uid' in value;
      } catch {
        return false;
      }
    };
    const spy = (target: object, key: PropertyKey, name: string) => {
      const original = get(target, key) as (...a: unknown[]) => unknown;
      Object.defineProperty(target, key, {
        configurable: true,
        writable: true,
        value: function (this: unknown, ...args: unknown[]) {
          if (looksOurs(this) || args.some(looksOurs) || (Array.isArray(args[1]) && args[1].some(looksOurs))) apply(push, seen, [name]);
          return apply(original, this, args);
        },
      });
    };
    spy(Function.prototype, 'call', 'Function.prototype.call');
    spy(Function.prototype, 'apply', 'Function.prototype.apply');
    spy(Reflect, 'apply', 'Reflect.apply');
    spy(EventTarget.prototype, 'dispatchEvent', 'EventTarget.prototype.dispatchEvent');
    spy(EventTarget.prototype, 'addEventListener', 'EventTarget.prototype.addEventListener');
    spy(Node.prototype, 'appendChild', 'Node.prototype.appendChild');
    spy(JSON, 'stringify', 'JSON.stringify');
    spy(Object, 'keys', 'Object.keys');
    spy(Array.prototype, 'push', 'Array.prototype.push');
  });
  expect(typeof (await act(dapp, 'personalSign')).ok).toBe('string');
  const popup = await openPopup(context, extensionId);
  await expect(activityRows(popup).first()).toContainText('Sign message');
  await expect(activityRows(popup).first()).toHaveAttribute('data-site', SITE_HOST);
  expect(await dapp.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
});
