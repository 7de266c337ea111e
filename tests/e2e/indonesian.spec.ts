import { act, activityRows, expect, openDapp, openPopup, indonesianTest, serviceWorker } from './fixtures';

// A browser set to Indonesian: the popup's words, its times and its drop reasons all follow it.

indonesianTest('the popup speaks Indonesian when the browser does', async ({ indonesian }, info) => {
  const { context } = indonesian;
  const extensionId = new URL((await serviceWorker(context)).url()).host;
  const dapp = await openDapp(context);
  await act(dapp, 'connect');
  const popup = await openPopup(context, extensionId);
  await popup.setViewportSize({ width: 440, height: 700 });

  await expect(popup.locator('html')).toHaveAttribute('lang', /^id/);
  await expect(popup.getByRole('heading', { name: 'Aktivitas terbaru' })).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Jeda perekaman di semua situs' })).toBeVisible();
  const row = activityRows(popup).first();
  await expect(row).toContainText('Hubungkan dompet');
  // Relative time from Intl in the UI language ("sekarang", "… detik yang lalu"), not English.
  await expect(row.locator('time')).toHaveText(/sekarang|detik|menit/);
  await popup.screenshot({ path: info.outputPath('popup-id.png') });
});
