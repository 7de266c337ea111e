import type { TestWallet } from './test-wallet';

/** The ways real wallets hand a provider to a page; the test picks one with ?wallet=. */
export type InstallMode = 'window' | 'late' | 'define' | 'frozen' | 'frozen-instance' | 'eip6963';

export function installWallet(mode: InstallMode, wallet: TestWallet): void {
  const w = window as unknown as { ethereum?: unknown };
  switch (mode) {
    case 'window':
      w.ethereum = wallet;
      break;
    case 'late':
      setTimeout(() => (w.ethereum = wallet), 1000);
      break;
    case 'define':
      // As some wallets do: a non-configurable, non-writable property, defined after load.
      setTimeout(() => Object.defineProperty(window, 'ethereum', { value: wallet, configurable: false, writable: false, enumerable: true }), 300);
      break;
    case 'frozen':
      w.ethereum = Object.freeze(wallet);
      break;
    case 'frozen-instance':
      // A frozen instance whose methods it inherits, as a frozen class instance has them on its prototype.
      w.ethereum = Object.freeze(Object.create(wallet));
      break;
    case 'eip6963': {
      const detail = Object.freeze({
        info: { uuid: '350670db-19fa-4704-a166-e52e178b59d2', name: 'Test Wallet', icon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>', rdns: 'org.sextant.testwallet' },
        provider: wallet,
      });
      const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail }));
      window.addEventListener('eip6963:requestProvider', announce);
      announce();
      break;
    }
  }
}
