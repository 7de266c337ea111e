/**
 * A thin EIP-1193 wallet for browser tests: accounts and signing come from a local Hardhat node
 * (reached through the test site's /rpc proxy), chain switching moves between two local chains.
 */
type Listener = (...args: unknown[]) => void;

export class ProviderRpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const CHAIN_RPC: Record<number, string> = { 31337: '/rpc/31337', 1: '/rpc/1' };
const REJECT_MESSAGE = '0x72656a656374206d65'; // "reject me": the wallet answers as a user who said no.

export interface TestWalletOptions {
  /** Signature requests are never answered, as when the user leaves with the wallet's prompt still open. */
  holdSignatures?: boolean;
  /** Called as each request reaches the wallet, after anything wrapping the provider has seen it. */
  onRequest?: (method: string) => void;
}

export function createTestWallet(options: TestWalletOptions = {}) {
  let chainId = 31337;
  let id = 0;
  const listeners = new Map<string, Set<Listener>>();

  async function rpc(method: string, params: unknown[]): Promise<unknown> {
    const res = await fetch(CHAIN_RPC[chainId]!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params }),
    });
    const json = (await res.json()) as { result?: unknown; error?: { code: number; message: string } };
    if (json.error) throw new ProviderRpcError(json.error.code, json.error.message);
    return json.result;
  }

  return {
    isSextantTestWallet: true,
    // Like MetaMask's legacy field: the chain the wallet is on.
    get chainId() {
      return `0x${chainId.toString(16)}`;
    },
    async request({ method, params = [] }: { method: string; params?: unknown[] }): Promise<unknown> {
      options.onRequest?.(method);
      switch (method) {
        case 'eth_requestAccounts':
          return rpc('eth_accounts', []);
        case 'eth_chainId':
          return `0x${chainId.toString(16)}`;
        case 'wallet_requestPermissions':
          return [{ parentCapability: 'eth_accounts' }];
        case 'wallet_switchEthereumChain': {
          const next = Number.parseInt((params[0] as { chainId: string }).chainId, 16);
          if (!CHAIN_RPC[next]) throw new ProviderRpcError(4902, `Unrecognized chain ID ${next}`);
          if (next !== chainId) {
            chainId = next;
            listeners.get('chainChanged')?.forEach((fn) => fn(`0x${next.toString(16)}`));
          }
          return null;
        }
        case 'personal_sign':
          if (options.holdSignatures) return new Promise(() => undefined);
          if (params[0] === REJECT_MESSAGE) throw new ProviderRpcError(4001, 'User rejected the request.');
          return rpc(method, params);
        default:
          return rpc(method, params);
      }
    },
    on(event: string, fn: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
    },
    removeListener(event: string, fn: Listener) {
      listeners.get(event)?.delete(fn);
    },
  };
}

export type TestWallet = ReturnType<typeof createTestWallet>;
