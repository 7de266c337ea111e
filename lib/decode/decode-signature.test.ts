import { describe, expect, it } from 'vitest';
import { decodeSignature } from './decode-signature';
import { MAINNET as M } from './test-utils';

const lower = (a: string) => a.toLowerCase();
const MAX_UINT160 = (2n ** 160n - 1n).toString();
const MAX_UINT256 = (2n ** 256n - 1n).toString();
const permit2Domain = { name: 'Permit2', chainId: 1, verifyingContract: M.permit2 };

/** A full EIP-712 payload as a dApp sends it (amounts as decimal strings, as wallets receive them). */
function permitSingle(amount: string) {
  return {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' },
        { name: 'chainId', type: 'uint256' },
        { name: 'verifyingContract', type: 'address' },
      ],
      PermitSingle: [
        { name: 'details', type: 'PermitDetails' },
        { name: 'spender', type: 'address' },
        { name: 'sigDeadline', type: 'uint256' },
      ],
      PermitDetails: [
        { name: 'token', type: 'address' },
        { name: 'amount', type: 'uint160' },
        { name: 'expiration', type: 'uint48' },
        { name: 'nonce', type: 'uint48' },
      ],
    },
    primaryType: 'PermitSingle',
    domain: permit2Domain,
    message: { details: { token: M.usdc, amount, expiration: '1767225600', nonce: '0' }, spender: M.universalRouter, sigDeadline: '1767225600' },
  };
}

describe('decodeSignature: permits', () => {
  it('reads a kept Permit2 header', () => {
    expect(decodeSignature({ primaryType: 'PermitSingle', domain: permit2Domain })).toEqual({ kind: 'permit2', name: 'PermitSingle', to: lower(M.permit2) });
  });

  it('reads spender, token and an unlimited amount from a full PermitSingle', () => {
    expect(decodeSignature(permitSingle(MAX_UINT160))).toEqual({
      kind: 'permit2', name: 'PermitSingle', to: lower(M.permit2), spender: lower(M.universalRouter), token: lower(M.usdc), unlimited: true, amount: BigInt(MAX_UINT160).toString(), expiry: 1767225600,
    });
    expect(decodeSignature(JSON.stringify(permitSingle('1000000000')))).toMatchObject({ kind: 'permit2', unlimited: false, amount: '1000000000' });
  });

  it('reads every Permit2 type by its domain', () => {
    for (const primaryType of ['PermitBatch', 'PermitTransferFrom', 'PermitBatchTransferFrom']) {
      expect(decodeSignature({ primaryType, domain: permit2Domain }).kind).toBe('permit2');
    }
  });

  it('reads an ERC-2612 permit, from the header and from the full message', () => {
    const domain = { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: M.usdc };
    expect(decodeSignature({ primaryType: 'Permit', domain })).toEqual({ kind: 'permit', name: 'Permit', to: lower(M.usdc), token: lower(M.usdc) });
    const full = { primaryType: 'Permit', domain, message: { owner: M.user, spender: M.aaveV3Pool, value: MAX_UINT256, nonce: '0', deadline: '1767225600' } };
    expect(decodeSignature(full)).toMatchObject({ kind: 'permit', spender: lower(M.aaveV3Pool), token: lower(M.usdc), unlimited: true, expiry: 1767225600 });
    expect(decodeSignature({ ...full, message: { ...full.message, value: '2500000', deadline: '0' } })).toEqual({
      kind: 'permit', name: 'Permit', to: lower(M.usdc), token: lower(M.usdc), spender: lower(M.aaveV3Pool), unlimited: false, amount: '2500000',
    });
  });

  it("reads DAI's all-or-nothing permit", () => {
    const dai = { primaryType: 'Permit', domain: { name: 'Dai Stablecoin', version: '1', chainId: 1, verifyingContract: M.dai }, message: { holder: M.user, spender: M.user, nonce: 0, expiry: 0, allowed: true } };
    expect(decodeSignature(dai)).toMatchObject({ kind: 'permit', unlimited: true });
  });
});

describe('decodeSignature: orders and votes', () => {
  it('reads a CoW Protocol order as a swap', () => {
    const header = { primaryType: 'Order', domain: { name: 'Gnosis Protocol', version: 'v2', chainId: 1, verifyingContract: M.cowSettlement } };
    expect(decodeSignature(header)).toEqual({ kind: 'swap', name: 'Order', to: lower(M.cowSettlement) });
  });

  it('reads 1inch and UniswapX orders as swaps', () => {
    expect(decodeSignature({ primaryType: 'Order', domain: { name: '1inch Aggregation Router', version: '6', chainId: 1, verifyingContract: M.oneInchV6 } }).kind).toBe('swap');
    expect(decodeSignature({ primaryType: 'PermitWitnessTransferFrom', domain: permit2Domain }).kind).toBe('swap');
    const uniswapX = {
      primaryType: 'PermitWitnessTransferFrom',
      domain: permit2Domain,
      types: {
        PermitWitnessTransferFrom: [
          { name: 'permitted', type: 'TokenPermissions' },
          { name: 'spender', type: 'address' },
          { name: 'nonce', type: 'uint256' },
          { name: 'deadline', type: 'uint256' },
          { name: 'witness', type: 'V2DutchOrder' },
        ],
      },
    };
    expect(decodeSignature(uniswapX).kind).toBe('swap');
  });

  it('keeps a witness transfer with an unrecognised witness as permit2', () => {
    const other = { primaryType: 'PermitWitnessTransferFrom', domain: permit2Domain, types: { PermitWitnessTransferFrom: [{ name: 'witness', type: 'Gizmo' }] } };
    expect(decodeSignature(other).kind).toBe('permit2');
  });

  it('reads a Seaport listing and a Snapshot vote', () => {
    expect(decodeSignature({ primaryType: 'OrderComponents', domain: { name: 'Seaport', version: '1.6', chainId: 1, verifyingContract: M.seaport16 } }).kind).toBe('list-nft');
    expect(decodeSignature({ primaryType: 'Vote', domain: { name: 'snapshot', version: '0.1.4' } })).toEqual({ kind: 'vote', name: 'Vote' });
  });

  it('falls back to a plain signature named after the primary type', () => {
    expect(decodeSignature({ primaryType: 'SafeTx', domain: { chainId: 1, verifyingContract: M.user } })).toEqual({ kind: 'sign', name: 'SafeTx', to: lower(M.user) });
    expect(decodeSignature({ primaryType: 'Vote', domain: { name: 'Some DAO' } }).kind).toBe('sign');
  });

  it.each([undefined, null, 'not json', '{', 42, [], {}])('never throws on %j', (input) => {
    expect(decodeSignature(input).kind).toBe('sign');
  });
});
