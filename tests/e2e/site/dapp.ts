import { createWalletClient, custom, encodeFunctionData, maxUint256, parseAbi, stringToHex, type EIP1193Provider } from 'viem';
import { hardhat, mainnet } from 'viem/chains';
import { installWallet, type InstallMode } from './install-wallet';
import { createTestWallet } from './test-wallet';

// A small dApp page for browser tests: a real viem wallet client over whichever provider it finds.
const query = new URLSearchParams(location.search);
const mode = (query.get('wallet') ?? 'window') as InstallMode;
// `hold`: signatures wait for ever; body[data-wallet-asked] names the last request the wallet received.
installWallet(mode, createTestWallet({ holdSignatures: query.has('hold'), onRequest: (method) => (document.body.dataset.walletAsked = method) }));

let announced: EIP1193Provider | undefined;
window.addEventListener('eip6963:announceProvider', (e) => {
  announced = (e as CustomEvent<{ provider: EIP1193Provider }>).detail.provider;
});
window.dispatchEvent(new Event('eip6963:requestProvider'));

function provider(): EIP1193Provider {
  const found = mode === 'eip6963' ? announced : (window as unknown as { ethereum?: EIP1193Provider }).ethereum;
  if (!found) throw new Error('no wallet');
  return found;
}

const client = () => createWalletClient({ transport: custom(provider()) });
const chains = { 31337: hardhat, 1: mainnet } as const;
// Real mainnet addresses: on the local chain they hold no code, but the calls are shaped exactly as on mainnet.
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const UNIVERSAL_ROUTER = '0x3fC91A3afd70395Cd496C647d5a6CC9D4B2b7FAD';
const AAVE_POOL = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2';
const erc20 = parseAbi(['function approve(address spender, uint256 amount)']);
const aavePool = parseAbi(['function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)']);

async function account() {
  const [address] = await client().getAddresses();
  return address!;
}

const actions: Record<string, () => Promise<unknown>> = {
  connect: () => client().requestAddresses(),
  permissions: () => client().requestPermissions({ eth_accounts: {} }),
  chainId: () => client().getChainId(),
  switchChain: () => client().switchChain({ id: 1 }),
  switchBack: () => client().switchChain({ id: 31337 }),
  switchUnknown: () => client().switchChain({ id: 999_999 }),
  signTyped: async () =>
    client().signTypedData({
      account: await account(),
      domain: { name: 'Sextant Test', version: '1', chainId: await client().getChainId(), verifyingContract: '0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC' },
      types: { Mail: [{ name: 'contents', type: 'string' }] },
      primaryType: 'Mail',
      message: { contents: 'secret typed message body' },
    }),
  personalSign: async () => client().signMessage({ account: await account(), message: 'secret personal message' }),
  rejectedSign: async () => client().signMessage({ account: await account(), message: { raw: stringToHex('reject me') } }),
  // A Permit2 allowance for Uniswap's Universal Router, as the Uniswap app asks before a swap.
  signAllowance: async () =>
    client().signTypedData({
      account: await account(),
      domain: { name: 'Permit2', chainId: await client().getChainId(), verifyingContract: PERMIT2 },
      types: {
        PermitSingle: [{ name: 'details', type: 'PermitDetails' }, { name: 'spender', type: 'address' }, { name: 'sigDeadline', type: 'uint256' }],
        PermitDetails: [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint160' }, { name: 'expiration', type: 'uint48' }, { name: 'nonce', type: 'uint48' }],
      },
      primaryType: 'PermitSingle',
      message: { details: { token: USDC, amount: 2n ** 160n - 1n, expiration: 1_900_000_000, nonce: 0 }, spender: UNIVERSAL_ROUTER, sigDeadline: 1_800_000_000n },
    }),
  approveUnlimited: async () => send(USDC, encodeFunctionData({ abi: erc20, functionName: 'approve', args: [PERMIT2, maxUint256] })),
  // An unlimited approval to an address no dApp owns, as a drainer asks for.
  approveStranger: async () => send(USDC, encodeFunctionData({ abi: erc20, functionName: 'approve', args: ['0x5555555555555555555555555555555555555555', maxUint256] })),
  supplyAave: async () => send(AAVE_POOL, encodeFunctionData({ abi: aavePool, functionName: 'supply', args: [USDC, 2_500_000_000n, await account(), 0] })),
  sendTx: async () => {
    const id = (await client().getChainId()) as keyof typeof chains;
    return client().sendTransaction({ account: await account(), chain: chains[id], to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', value: 1n });
  },
};

async function send(to: `0x${string}`, data: `0x${string}`) {
  const id = (await client().getChainId()) as keyof typeof chains;
  return client().sendTransaction({ account: await account(), chain: chains[id], to, data });
}

function show(name: string, value: unknown) {
  const out = document.getElementById(`out-${name}`)!;
  out.textContent = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

for (const [name, run] of Object.entries(actions)) {
  const button = Object.assign(document.createElement('button'), { id: name, textContent: name });
  const out = Object.assign(document.createElement('output'), { id: `out-${name}` });
  button.addEventListener('click', async () => {
    try {
      show(name, { ok: await run() });
    } catch (e) {
      const err = e as { code?: number; name?: string; shortMessage?: string; cause?: { code?: number } };
      show(name, { error: { name: err.name, code: err.code ?? err.cause?.code ?? null, message: err.shortMessage ?? String(e) } });
    }
  });
  const row = document.createElement('p');
  row.append(button, ' ', out);
  document.body.append(row);
}
document.body.dataset.ready = 'true';
