import { encodeFunctionData, maxUint256, parseAbi, parseEther, parseUnits, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { enrichEvent } from './enrich-event';

// Real mainnet contracts and the ABIs they answer to.
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const USDC_ARBITRUM = '0xaf88d065e77c8cC2239327C5EDb3A432268e5831';
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const UNIVERSAL_ROUTER_ARBITRUM = '0xA51afAFe0263b40EdaEf0Df8781eA9aa03E381a3';
const AAVE_POOL = '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2';
const STETH = '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84';
const ACROSS_SPOKE = '0x5c7BCd6E7De5423a257D81B442095A1a6ced35C5';
const SEAPORT_16 = '0x0000000000000068F116a894984e2DB1123eB395';
const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const UNKNOWN = '0x1111111111111111111111111111111111111111';

const erc20 = parseAbi(['function approve(address spender, uint256 amount)', 'function transfer(address to, uint256 amount)']);
const router = parseAbi(['function execute(bytes commands, bytes[] inputs, uint256 deadline) payable']);
const pool = parseAbi(['function supply(address asset, uint256 amount, address onBehalfOf, uint16 referralCode)']);
const lido = parseAbi(['function submit(address referral) payable returns (uint256)']);
const spoke = parseAbi([
  'function depositV3(address depositor, address recipient, address inputToken, address outputToken, uint256 inputAmount, uint256 outputAmount, uint256 destinationChainId, address exclusiveRelayer, uint32 quoteTimestamp, uint32 fillDeadline, uint32 exclusivityDeadline, bytes message) payable',
]);

const tx = (chainId: number, origin: string | null, to: string, data: Hex, value = '0x0') => ({
  method: 'eth_sendTransaction',
  chainId,
  origin,
  params: [{ from: USER, to, data, value }],
});

describe('enrichEvent: decode and attribute real calls', () => {
  const lookup = defaultLookup();

  it('a swap through Uniswap’s Universal Router on Arbitrum, from an unknown page, is Uniswap by contract', () => {
    const data = encodeFunctionData({ abi: router, functionName: 'execute', args: ['0x00', ['0x'], 1_900_000_000n] });
    expect(enrichEvent(lookup, tx(42161, 'https://some-frontend.example', UNIVERSAL_ROUTER_ARBITRUM, data))).toMatchObject({
      dappId: 'uniswap',
      via: 'contract',
      action: { kind: 'swap' },
    });
  });

  it('an unlimited USDC approval to Permit2 is attributed to the spender, flagged unlimited', () => {
    const data = encodeFunctionData({ abi: erc20, functionName: 'approve', args: [PERMIT2, maxUint256] });
    const result = enrichEvent(lookup, tx(1, null, USDC, data));
    expect(result).toMatchObject({ dappId: 'uniswap', via: 'contract', action: { kind: 'approve', unlimited: true } });
    expect(result.action.spender).toBe(PERMIT2.toLowerCase());
  });

  it('a limited approval to an unknown spender belongs to no dApp and is not unlimited', () => {
    const data = encodeFunctionData({ abi: erc20, functionName: 'approve', args: [UNKNOWN, parseUnits('100', 6)] });
    expect(enrichEvent(lookup, tx(42161, null, USDC_ARBITRUM, data))).toMatchObject({ dappId: null, via: null, action: { kind: 'approve', unlimited: false } });
  });

  it('approving stETH to Aave belongs to Aave, and notes that the user holds Lido’s stETH', () => {
    const data = encodeFunctionData({ abi: erc20, functionName: 'approve', args: [AAVE_POOL, parseEther('3')] });
    expect(enrichEvent(lookup, tx(1, 'https://app.aave.com', STETH, data))).toMatchObject({ dappId: 'aave', via: 'contract', touched: ['lido'] });
  });

  it('supplying USDC to the Aave v3 pool is a supply on Aave', () => {
    const data = encodeFunctionData({ abi: pool, functionName: 'supply', args: [USDC, parseUnits('2500', 6), USER, 0] });
    expect(enrichEvent(lookup, tx(1, 'https://app.aave.com', AAVE_POOL, data))).toMatchObject({ dappId: 'aave', via: 'contract', action: { kind: 'supply' } });
  });

  it('staking ETH with Lido is a stake on Lido', () => {
    const data = encodeFunctionData({ abi: lido, functionName: 'submit', args: [USER] });
    expect(enrichEvent(lookup, tx(1, 'https://stake.lido.fi', STETH, data, '0xde0b6b3a7640000'))).toMatchObject({ dappId: 'lido', action: { kind: 'stake' } });
  });

  it('an Across deposit is a bridge on Across', () => {
    const data = encodeFunctionData({
      abi: spoke,
      functionName: 'depositV3',
      args: [USER, USER, USDC, USDC_ARBITRUM, parseUnits('100', 6), parseUnits('99.9', 6), 42161n, '0x0000000000000000000000000000000000000000', 1_760_000_000, 1_760_010_000, 0, '0x'],
    });
    expect(enrichEvent(lookup, tx(1, null, ACROSS_SPOKE, data))).toMatchObject({ dappId: 'across', via: 'contract', action: { kind: 'bridge' } });
  });

  it('a plain token transfer belongs to no dApp, even to a dApp’s token contract', () => {
    const data = encodeFunctionData({ abi: erc20, functionName: 'transfer', args: [UNKNOWN, parseEther('1')] });
    expect(enrichEvent(lookup, tx(1, null, STETH, data))).toMatchObject({ dappId: null, via: null, action: { kind: 'transfer' } });
  });

  it('an unknown contract from a dApp’s page (or a subdomain of it) is attributed by origin', () => {
    expect(enrichEvent(lookup, tx(1, 'https://app.uniswap.org', UNKNOWN, '0xdeadbeef'))).toMatchObject({
      dappId: 'uniswap',
      via: 'origin',
      action: { kind: 'contract-call', selector: '0xdeadbeef' },
    });
    expect(enrichEvent(lookup, tx(1, 'https://staging.app.aave.com', UNKNOWN, '0xdeadbeef'))).toMatchObject({ dappId: 'aave', via: 'origin' });
    expect(enrichEvent(lookup, tx(1, 'https://evil-uniswap.org', UNKNOWN, '0xdeadbeef'))).toMatchObject({ dappId: null, via: null });
  });

  it('an unknown contract from an unknown page belongs to no dApp', () => {
    expect(enrichEvent(lookup, tx(1, 'https://example.com', UNKNOWN, '0xdeadbeef'))).toEqual({ dappId: null, via: null, action: expect.objectContaining({ kind: 'contract-call' }), touched: [] });
  });

  it('a Seaport listing signature is attributed through its verifying contract', () => {
    const event = { method: 'eth_signTypedData_v4', chainId: 8453, origin: null, params: [{ primaryType: 'OrderComponents', domain: { name: 'Seaport', version: '1.6', chainId: 8453, verifyingContract: SEAPORT_16 } }] };
    expect(enrichEvent(lookup, event)).toMatchObject({ dappId: 'opensea', via: 'contract', action: { kind: 'list-nft' } });
  });

  it('a connect on a dApp page is attributed by origin', () => {
    expect(enrichEvent(lookup, { method: 'eth_requestAccounts', chainId: 1, origin: 'https://app.aave.com', params: [] })).toEqual({ dappId: 'aave', via: 'origin', action: { kind: 'connect' }, touched: [] });
  });

  it('calldata sent as `input` instead of `data` decodes the same', () => {
    const data = encodeFunctionData({ abi: lido, functionName: 'submit', args: [USER] });
    const event = { method: 'eth_sendTransaction', chainId: 1, origin: null, params: [{ from: USER, to: STETH, input: data, value: '0x1' }] };
    expect(enrichEvent(lookup, event)).toMatchObject({ dappId: 'lido', action: { kind: 'stake' } });
  });

  it('never throws on malformed params, as an imported file may hold', () => {
    for (const params of [[{ calls: 5 }], [{ calls: { to: STETH } }], [{ calls: [null, 7] }], [null], ['0x'], [{ to: 42, data: {} }]]) {
      for (const method of ['wallet_sendCalls', 'eth_sendTransaction', 'eth_signTypedData_v4']) {
        expect(() => enrichEvent(lookup, { method, chainId: 1, origin: null, params }), `${method} ${JSON.stringify(params)}`).not.toThrow();
      }
    }
  });
});

describe('enrichEvent: attribution follows the site check', () => {
  const lookup = defaultLookup();
  const seaport = (origin: string) => ({
    method: 'eth_signTypedData_v4',
    chainId: 1,
    origin,
    params: [USER, { primaryType: 'OrderComponents', domain: { name: 'Seaport', version: '1.6', chainId: 1, verifyingContract: SEAPORT_16 } }],
  });

  it('a Seaport signature on 0pensea.io is credited to no dApp and carries the lookalike verdict', () => {
    expect(enrichEvent(lookup, seaport('https://0pensea.io'))).toMatchObject({
      dappId: null,
      via: null,
      touched: [],
      site: { verdict: 'lookalike', domain: '0pensea.io', resembles: 'opensea', why: 'confusable' },
    });
  });

  it('the same signature on opensea.io is OpenSea’s, with no verdict stored', () => {
    const result = enrichEvent(lookup, seaport('https://opensea.io'));
    expect(result).toMatchObject({ dappId: 'opensea', via: 'contract' });
    expect(result.site).toBeUndefined();
  });

  it('an unlimited approval on a lookalike of Uniswap is not Uniswap’s, even through a Uniswap contract', () => {
    const data = encodeFunctionData({ abi: erc20, functionName: 'approve', args: [PERMIT2, maxUint256] });
    expect(enrichEvent(lookup, tx(1, 'https://app.uniswap-claim.xyz', USDC, data))).toMatchObject({
      dappId: null,
      action: { kind: 'approve', unlimited: true },
      site: { verdict: 'lookalike', resembles: 'uniswap', why: 'brand-plus-word' },
    });
    const swap = encodeFunctionData({ abi: router, functionName: 'execute', args: ['0x00', ['0x'], 1_900_000_000n] });
    expect(enrichEvent(lookup, tx(42161, 'https://uniswap.org.claim-rewards.xyz', UNIVERSAL_ROUTER_ARBITRUM, swap))).toMatchObject({ dappId: null, via: null });
  });

  it('activity on a listed phishing site is credited to no dApp', () => {
    expect(enrichEvent(lookup, { method: 'eth_requestAccounts', chainId: 1, origin: 'https://bancor.ltd', params: [] })).toMatchObject({
      dappId: null,
      site: { verdict: 'phishing', why: 'phishing-list' },
    });
  });
});
