import { describe, expect, it } from 'vitest';
import { sidebarLayout } from './sidebar-layout';
import type { SidebarSettings } from './sidebar-settings';

const origin = 'https://app.uniswap.org';
const none: SidebarSettings = { off: false, offOrigins: [], expandedOrigins: [] };

describe('sidebarLayout', () => {
  it('shows a collapsed handle on a known dApp and hides on an unknown page without a wallet', () => {
    expect(sidebarLayout({ origin, verdict: 'known', walletSeen: false, settings: none })).toEqual({ show: true, expanded: false, alert: false });
    expect(sidebarLayout({ origin, verdict: 'unknown', walletSeen: false, settings: none }).show).toBe(false);
  });

  it('appears on an unknown page once a wallet is seen there', () => {
    expect(sidebarLayout({ origin, verdict: 'unknown', walletSeen: true, settings: none })).toEqual({ show: true, expanded: false, alert: false });
  });

  it('opens with the alert on lookalike and phishing sites', () => {
    for (const verdict of ['lookalike', 'phishing'] as const) {
      expect(sidebarLayout({ origin, verdict, walletSeen: false, settings: none })).toEqual({ show: true, expanded: true, alert: true });
    }
  });

  it('remembers an open sidebar per site', () => {
    const settings = { ...none, expandedOrigins: [origin] };
    expect(sidebarLayout({ origin, verdict: 'known', walletSeen: false, settings }).expanded).toBe(true);
    expect(sidebarLayout({ origin: 'https://app.aave.com', verdict: 'known', walletSeen: false, settings }).expanded).toBe(false);
  });

  it('stays away when turned off everywhere or on this site, even on a warning', () => {
    expect(sidebarLayout({ origin, verdict: 'lookalike', walletSeen: true, settings: { ...none, off: true } }).show).toBe(false);
    expect(sidebarLayout({ origin, verdict: 'known', walletSeen: true, settings: { ...none, offOrigins: [origin] } }).show).toBe(false);
  });
});
