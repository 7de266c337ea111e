import { act, expect, openDapp, openPopup, SITE, test } from './fixtures';
import { expandSidebar, openDappAt, sidebarFrame } from './sidebar-helpers';

const UNISWAP = 'https://app.uniswap.org';

// The promise users buy Sextant for: nothing about them leaves their machine. Every request any
// context makes is recorded (pages, extension pages and the service worker alike); the only ones
// allowed are the extension's own files and the pages the user chose to visit.
test('a whole session sends nothing anywhere: capture, recommendations, the in-page sidebar, search, settings', async ({ context, extensionId }) => {
  test.setTimeout(240_000);
  const requests: { url: string; frameUrl: string; fromExtension: boolean; fromWorker: boolean }[] = [];
  context.on('request', (r) => {
    const fromWorker = r.serviceWorker() !== null;
    const frameUrl = fromWorker ? '' : r.frame().url();
    const fromExtension = fromWorker || frameUrl.startsWith('chrome-extension://');
    requests.push({ url: r.url(), frameUrl, fromExtension, fromWorker });
  });

  const dapp = await openDapp(context);
  for (const action of ['connect', 'switchChain', 'signTyped', 'approveUnlimited', 'supplyAave', 'sendTx']) await act(dapp, action);

  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('ol.recommendations > li').first().locator('.reasons')).toContainText('Aave');
  await popup.locator('ol.recommendations > li').first().getByRole('button', { name: 'Like' }).click();

  // The in-page sidebar on a known dApp (served locally under its real origin), opened with its recommendations.
  const known = await openDappAt(context, UNISWAP);
  await act(known, 'connect');
  const sidebar = await sidebarFrame(known);
  await expandSidebar(sidebar);
  await expect(sidebar.locator('ol.recommendations > li')).toHaveCount(3, { timeout: 60_000 });
  // The recording reaches inside the sidebar's frame. Its scripts and styles are asked for from within
  // the frame; the frame's own document request can happen before the browser reports the new
  // frame's process, so it is not what this checks.
  expect(requests.some((r) => r.fromExtension && r.frameUrl.endsWith('/sidebar.html'))).toBe(true);

  const newtab = await context.newPage();
  await newtab.goto(`chrome-extension://${extensionId}/newtab.html`);
  await newtab.getByRole('searchbox').fill('where can I bet on elections');
  await newtab.getByRole('button', { name: 'Search' }).click();
  await expect(newtab.locator('ol.results li').first()).toBeVisible({ timeout: 30_000 });

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByText(/Ready: \d+ dApps embedded/)).toBeVisible({ timeout: 30_000 });

  // The extension itself touched only its own files.
  const fromExtension = requests.filter((r) => r.fromExtension);
  expect(fromExtension.length).toBeGreaterThan(0);
  // The recording sees the service worker too, where the model and any fetch would run.
  expect(requests.some((r) => r.fromWorker && r.url.endsWith('/onnx/model_quantized.onnx'))).toBe(true);
  expect(fromExtension.filter((r) => !r.url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  // Everything else is the extension's own pages being opened, or the dApp page the user opened talking to its own server.
  expect(requests.filter((r) => !r.url.startsWith(`chrome-extension://${extensionId}/`) && !r.url.startsWith(`${SITE}/`) && !r.url.startsWith(`${UNISWAP}/`))).toEqual([]);
  // The sidebar's frame fetched only the extension's files: its page asks the background, which fetches nothing.
  expect(requests.filter((r) => r.fromExtension && r.url.startsWith(UNISWAP))).toEqual([]);
  expect(requests.filter((r) => r.fromExtension && r.url.startsWith(SITE))).toEqual([]);
});
