import { defineConfig } from '@playwright/test';
import { RPC_PORTS, SITE_PORT } from './tests/e2e/site/ports.mjs';

const hardhat = (chainId: number, port: number) => ({
  command: `npx hardhat --config tests/e2e/chain/hardhat.config.cjs node --hostname 127.0.0.1 --port ${port}`,
  env: { SEXTANT_CHAIN_ID: String(chainId), HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true' },
  url: `http://127.0.0.1:${port}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

// Browser tests run the built extension (.output/chrome-mv3) in Debian's Chromium; see tests/e2e/fixtures.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  // Waits are on conditions; these only bound them. A loaded 2-core machine (CI, or the suite beside
  // other work) has taken over 10 s to show a stored event, so the bounds are generous.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  webServer: [
    hardhat(31337, RPC_PORTS[31337]),
    hardhat(1, RPC_PORTS[1]),
    { command: 'node tests/e2e/site/serve.mjs', url: `http://127.0.0.1:${SITE_PORT}/plain.html`, reuseExistingServer: !process.env.CI, timeout: 60_000 },
  ],
});
