import { expect, indonesianTest, serviceWorker } from './fixtures';

// The new tab in a browser set to Indonesian: an Indonesian query finds what its English
// counterpart would, described in Indonesian; a misspelling is read as the word it resembles;
// gibberish gets the designed "no good match" state.

indonesianTest('Indonesian search finds the dApp with its Indonesian description, and says when nothing matches', async ({ indonesian }, info) => {
  const { context } = indonesian;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const extensionId = new URL((await serviceWorker(context)).url()).host;

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  const search = page.getByRole('searchbox', { name: 'Jelaskan apa yang ingin Anda lakukan' });
  await search.fill('pasar prediksi pemilu');
  await page.getByRole('button', { name: 'Cari' }).click();
  const first = page.locator('ol.results li').first();
  await expect(first).toHaveAttribute('data-dapp', 'polymarket', { timeout: 60_000 });
  await expect(first.locator('p')).toHaveText(/^Pasar prediksi terbesar/);

  // A misspelling is read as the word it resembles, and the page says how it was read.
  await search.fill('pinjm usdc');
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page.getByText('Dibaca sebagai “pinjam usdc”.')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('ol.results li').first()).toHaveAttribute('data-dapp', /^(aave|compound|morpho|spark|fluid|euler|moonwell|venus)$/);
  await page.screenshot({ path: info.outputPath('read-as.png') });

  await search.fill('asdfghjkl');
  await page.getByRole('button', { name: 'Cari' }).click();
  const noMatch = page.getByRole('region', { name: 'Tidak ada yang cocok' });
  await expect(noMatch).toBeVisible();
  await expect(noMatch).toContainText('asdfghjkl');
  await expect(page.locator('ol.results')).toHaveCount(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: info.outputPath(`no-good-match-${scheme}.png`) });
  }

  await noMatch.getByRole('button', { name: 'Kembali ke rekomendasi' }).click();
  await expect(noMatch).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Rekomendasi untuk Anda' })).toBeVisible();

  expect(requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});
