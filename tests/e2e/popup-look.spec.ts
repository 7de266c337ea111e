import { act, activityRows, expect, openDapp, openPopup, test } from './fixtures';

// Renders the popup in light and dark with real activity and keeps screenshots for review;
// also checks the controls are reachable by keyboard and labelled.
test('popup is labelled, keyboard reachable, and renders in light and dark', async ({ context, extensionId }, info) => {
  const page = await openDapp(context);
  for (const a of ['connect', 'switchChain', 'signTyped', 'sendTx', 'rejectedSign']) await act(page, a);
  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 440, height: 600 });
  await expect(activityRows(popup)).toHaveCount(5);
  await expect(popup.getByRole('switch', { name: 'Pause capture everywhere' })).toBeVisible();
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('switch', { name: 'Pause capture everywhere' })).toBeFocused();
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.screenshot({ path: info.outputPath(`popup-${scheme}.png`) });
  }
});
