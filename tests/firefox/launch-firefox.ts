import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startOutsideRecorder, type OutsideRecorder } from './outside-recorder';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
// A fixed internal UUID, so the test knows the extension's moz-extension:// origin before it installs.
const EXTENSION_UUID = '5e57a0a7-0f1e-4f0c-9e5a-000000000001';

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  extensionUrl: string;
  outside: OutsideRecorder;
  close(): Promise<void>;
}

/**
 * Debian's firefox-esr, headless, driven over WebDriver BiDi, with the built Firefox extension
 * installed as a user would load it unpacked, and every non-loopback request sent to a recorder
 * that refuses it.
 */
export async function launchFirefox(): Promise<LaunchedFirefox> {
  const manifest = JSON.parse(await readFile(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const outside = await startOutsideRecorder();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    // A loaded two-core machine can take a while to start a browser.
    timeout: 120_000,
    protocolTimeout: 180_000,
    // Lets the remote-settings server preference below take effect in a release build, so Firefox's own
    // settings sync does not knock on the recorder.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      'network.proxy.type': 1,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': outside.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': outside.port,
      'network.proxy.no_proxies_on': '',
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    await outside.close();
    throw error;
  }
  return {
    browser,
    extensionUrl: `moz-extension://${EXTENSION_UUID}/`,
    outside,
    close: async () => {
      await browser.close();
      await outside.close();
    },
  };
}
