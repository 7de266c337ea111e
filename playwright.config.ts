import { defineConfig } from '@playwright/test';

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
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  webServer: [
    hardhat(31337, 18545),
    hardhat(1, 18546),
    { command: 'node tests/e2e/site/serve.mjs', url: 'http://127.0.0.1:4321/plain.html', reuseExistingServer: !process.env.CI, timeout: 60_000 },
  ],
});
