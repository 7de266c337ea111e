import { launchChromium } from '../chromium/launch-chromium';
import { serveCapturePage } from './capture-page';
const { url, server } = await serveCapturePage();
for (const round of [1, 2]) for (const [name, dir] of [['before', '/tmp/before-relay/.output/chrome-mv3'], ['after', '/work/main/.output/chrome-mv3']] as const) {
  const b = await launchChromium({ extensionDir: dir });
  const page = await b.context.newPage(); await page.goto(url); await page.waitForTimeout(300);
  const run = () => page.evaluate(() => (window as any).runCalls(2000, 'personal_sign'));
  await run(); const xs: number[] = []; for (let i = 0; i < 7; i++) xs.push((await run()) * 1000 / 2000);
  xs.sort((a, b) => a - b); console.log(round, name, 'personal_sign µs/call median', xs[3]!.toFixed(2));
  await b.close();
}
server.close();
