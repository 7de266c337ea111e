import { createTestWallet } from './test-wallet';

// A hostile page: it tries to forge Sextant's observations, floods it, and sends oversized payloads.
// Everything it does is recorded in window.hostileDone so the test knows it has finished.
const w = window as unknown as { ethereum?: { request(a: { method: string; params?: unknown[] }): Promise<unknown> }; hostileDone?: boolean };

function forgedRequest(i: number) {
  return JSON.stringify({ type: 'request', uid: i.toString(16).padStart(32, '0'), time: Date.now(), method: 'eth_sendTransaction', params: [{ to: '0x0000000000000000000000000000000000000001' }], chainId: 1 });
}

(window as unknown as { ethereum: unknown }).ethereum = createTestWallet();

async function attack() {
  const names = ['sextant:observation', 'sextant:observer-ready', 'sextant:relay-ready', 'sextant:bound'];
  const huge = 'x'.repeat(5 * 1024 * 1024);
  for (const name of names) {
    for (const target of [document, window, document.documentElement]) {
      target.dispatchEvent(new CustomEvent(name, { detail: forgedRequest(1), bubbles: true }));
      target.dispatchEvent(new CustomEvent(name, { detail: huge, bubbles: true }));
      target.dispatchEvent(new CustomEvent(name, { detail: { not: 'a string' }, bubbles: true }));
      target.dispatchEvent(new CustomEvent(name, { detail: '{"type":"request"', bubbles: true }));
    }
  }
  window.postMessage({ type: 'request', huge }, '*');
  // Genuine requests made while the page's clock claims year 275,000 (a date no ISO string can hold) and 2096.
  const realNow = Date.now;
  for (const forged of [8.7e15, Date.UTC(2096, 0, 1)]) {
    Date.now = () => forged;
    await w.ethereum!.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x7a69' }] });
  }
  Date.now = realNow;
  // 10,000 forged messages within a second.
  for (let i = 0; i < 10_000; i++) document.dispatchEvent(new CustomEvent('sextant:observation', { detail: forgedRequest(i + 2) }));
  // 10,000 genuine wallet requests within a second: real observations, which the rate limit must cap.
  const calls: Promise<unknown>[] = [];
  for (let i = 0; i < 10_000; i++) calls.push(w.ethereum!.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x7a69' }] }));
  await Promise.allSettled(calls);
  w.hostileDone = true;
}

document.getElementById('attack')!.addEventListener('click', () => void attack());
