import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The Firefox test: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright's own
// Firefox needs its patched build), run by Playwright's runner with the same local site and chains.
export default defineConfig({ ...base, testDir: 'tests/firefox', timeout: 240_000 });
