import { expect, test } from './fixtures';

test('the new-tab page embeds the catalog with the shipped model and searches it, with no request leaving the extension', async ({ context, extensionId }, info) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  const search = page.getByRole('searchbox', { name: 'Describe what you want to do' });
  await search.fill('bridge my ETH from mainnet to Arbitrum');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('ol.results li');
  await expect(results.first()).toBeVisible({ timeout: 60_000 });
  const topFive = () => results.evaluateAll((items) => items.slice(0, 5).map((li) => li.getAttribute('data-dapp')));
  const top = await topFive();
  expect(top).toContain('arbitrum-bridge');

  await search.fill('buy and sell NFTs');
  await page.getByRole('button', { name: 'Search' }).click();
  // The list is replaced when the new results arrive.
  await expect.poll(topFive).not.toEqual(top);
  const nft = await topFive();
  expect(nft.some((id) => ['opensea', 'blur', 'magic-eden', 'looksrare', 'rarible', 'x2y2', 'sudoswap', 'element', 'nftx'].includes(id!))).toBe(true);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: info.outputPath(`newtab-${scheme}.png`) });
  }

  // The model and the WASM runtime came from the extension itself, and nothing else went out.
  expect(requests.some((u) => u.endsWith('/models/sextant-use-static-256/onnx/model_quantized.onnx'))).toBe(true);
  expect(requests.some((u) => u.endsWith('/wasm/ort-wasm-simd.wasm'))).toBe(true);
  expect(requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});
