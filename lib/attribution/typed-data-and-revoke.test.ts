import { encodeFunctionData, parseAbi } from 'viem';
import { describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { enrichEvent } from './enrich-event';

const lookup = defaultLookup();
const sign = (chainId: number, origin: string | null, primaryType: string, domain: Record<string, unknown>) => ({
  method: 'eth_signTypedData_v4',
  chainId,
  origin,
  params: ['0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', JSON.stringify({ primaryType, domain, types: {}, message: {} })],
});
// A contract no catalog lists, standing for a deployment the catalog does not have on that chain.
const UNLISTED = '0x9999999999999999999999999999999999999999';

describe('typed data names its protocol even where the verifying contract is unknown on that chain', () => {
  it('a CoW order on a chain where the settlement is not listed, from an unknown page', () => {
    expect(enrichEvent(lookup, sign(59144, 'https://some-frontend.example', 'Order', { name: 'Gnosis Protocol', version: 'v2', chainId: 59144, verifyingContract: UNLISTED }))).toMatchObject({ dappId: 'cow-swap', via: 'typed-data', action: { kind: 'swap' } });
  });

  it('a Snapshot vote and a 1inch order by domain name', () => {
    expect(enrichEvent(lookup, sign(1, null, 'Vote', { name: 'snapshot', version: '0.1.4' }))).toMatchObject({ dappId: 'snapshot', via: 'typed-data', action: { kind: 'vote' } });
    expect(enrichEvent(lookup, sign(8453, null, 'Order', { name: '1inch Aggregation Router', version: '6', chainId: 8453, verifyingContract: UNLISTED }))).toMatchObject({ dappId: '1inch', via: 'typed-data' });
  });

  it('a SafeTx, whose domain is only the Safe itself, is Safe', () => {
    expect(enrichEvent(lookup, sign(10, null, 'SafeTx', { chainId: 10, verifyingContract: UNLISTED }))).toMatchObject({ dappId: 'safe', via: 'typed-data' });
  });

  it('a Seaport listing goes to the page’s own marketplace when it is one, else to OpenSea', () => {
    const seaport = { name: 'Seaport', version: '1.6', chainId: 59144, verifyingContract: UNLISTED };
    expect(enrichEvent(lookup, sign(59144, null, 'OrderComponents', seaport))).toMatchObject({ dappId: 'opensea', via: 'typed-data' });
    expect(enrichEvent(lookup, sign(59144, 'https://blur.io', 'OrderComponents', seaport))).toMatchObject({ dappId: 'blur', via: 'origin' });
  });

  it('an unknown domain and type from an unknown page stays unattributed', () => {
    expect(enrichEvent(lookup, sign(1, null, 'Mail', { name: 'Ether Mail', chainId: 1, verifyingContract: UNLISTED }))).toMatchObject({ dappId: null, via: null });
  });
});

describe('a revoke on a revoke tool is the tool’s', () => {
  const erc20 = parseAbi(['function approve(address spender, uint256 amount)']);
  const UNIVERSAL_ROUTER = '0x3fC91A3afd70395Cd496C647d5a6CC9D4B2b7FAD';
  const approve = (origin: string, amount: bigint) => ({
    method: 'eth_sendTransaction',
    chainId: 1,
    origin,
    params: [{ to: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', data: encodeFunctionData({ abi: erc20, functionName: 'approve', args: [UNIVERSAL_ROUTER, amount] }) }],
  });

  it('revoking Uniswap’s approval on revoke.cash credits revoke.cash', () => {
    expect(enrichEvent(lookup, approve('https://revoke.cash', 0n))).toMatchObject({ dappId: 'revoke-cash', via: 'origin', action: { kind: 'approve', revoke: true } });
  });

  it('an approval (not a revoke) made on revoke.cash, or a revoke made elsewhere, still goes to the spender', () => {
    expect(enrichEvent(lookup, approve('https://revoke.cash', 5n))).toMatchObject({ dappId: 'uniswap', via: 'contract' });
    expect(enrichEvent(lookup, approve('https://app.uniswap.org', 0n))).toMatchObject({ dappId: 'uniswap', via: 'contract' });
  });
});
