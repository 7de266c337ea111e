import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

// Flags for a closed network, run as root: no sandbox, no background calls to Google services.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedChromium {
  context: BrowserContext;
  userDataDir: string;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile; with the built extension loaded when asked. */
export async function launchChromium(options: { extensionDir?: string | null; args?: string[]; locale?: string } = {}): Promise<LaunchedChromium> {
  const extensionDir = options.extensionDir === undefined ? EXTENSION_DIR : options.extensionDir;
  const userDataDir = await mkdtemp(join(tmpdir(), 'sextant-chromium-'));
  const args = [...CHROMIUM_ARGS, ...(options.args ?? [])];
  // The browser's UI language (extension messages) and the pages' Intl locale, as a user set to it has both.
  if (options.locale) args.push(`--lang=${options.locale}`);
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: '/usr/bin/chromium', headless: true, args, locale: options.locale });
  return { context, userDataDir, close: async () => (await context.close(), await rm(userDataDir, { recursive: true, force: true })) };
}

/** The extension's service worker, waiting for it to start if needed. */
export async function extensionWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
