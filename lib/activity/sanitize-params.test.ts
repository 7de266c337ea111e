import { describe, expect, it } from 'vitest';
import { decodeSignature } from '../decode/decode-signature';
import { sanitizeParams } from './sanitize-params';

const ACCOUNT = '0x1111111111111111111111111111111111111111';
const CONTRACT = '0x2222222222222222222222222222222222222222';
const SECRET = 'TOP-SECRET-MESSAGE-BODY';

const typedData = {
  types: {
    EIP712Domain: [{ name: 'name', type: 'string' }],
    Mail: [{ name: 'contents', type: 'string' }],
  },
  primaryType: 'Mail',
  domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: CONTRACT, salt: '0xabc' },
  message: { contents: SECRET, to: { wallet: ACCOUNT } },
};

describe('sanitizeParams', () => {
  it('keeps nothing of personal_sign or eth_sign, not even the address', () => {
    const message = '0x' + Buffer.from(SECRET).toString('hex');
    expect(sanitizeParams('personal_sign', [message, ACCOUNT])).toEqual([]);
    expect(sanitizeParams('eth_sign', [ACCOUNT, message])).toEqual([]);
  });

  it('keeps only the domain and primaryType of typed data given as a JSON string (v4 style)', () => {
    const kept = sanitizeParams('eth_signTypedData_v4', [ACCOUNT, JSON.stringify(typedData)]);
    expect(kept).toEqual([
      { primaryType: 'Mail', domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: CONTRACT } },
    ]);
    const json = JSON.stringify(kept);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain('contents');
    expect(json).not.toContain('salt');
  });

  it('keeps only the domain and primaryType of typed data given as an object (v3 style)', () => {
    const kept = sanitizeParams('eth_signTypedData_v3', [ACCOUNT, typedData]);
    expect(kept).toEqual([
      { primaryType: 'Mail', domain: { name: 'Ether Mail', version: '1', chainId: 1, verifyingContract: CONTRACT } },
    ]);
    expect(JSON.stringify(kept)).not.toContain(SECRET);
  });

  it('keeps nothing of typed data that is not valid JSON or not an object', () => {
    expect(sanitizeParams('eth_signTypedData_v4', [ACCOUNT, `{"message":"${SECRET}"`])).toEqual([{}]);
    expect(JSON.stringify(sanitizeParams('eth_signTypedData', [[{ type: 'string', name: 'm', value: SECRET }], ACCOUNT]))).not.toContain(SECRET);
    expect(sanitizeParams('eth_signTypedData_v4', [ACCOUNT, 42])).toEqual([{ primaryType: null, domain: {} }]);
  });

  it('keeps what a Permit2 allowance grants (token, amount, spender, expiry), so it decodes as it would in full', () => {
    const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
    const permit = {
      types: { PermitSingle: [{ name: 'details', type: 'PermitDetails' }, { name: 'spender', type: 'address' }, { name: 'sigDeadline', type: 'uint256' }] },
      primaryType: 'PermitSingle',
      domain: { name: 'Permit2', chainId: 1, verifyingContract: PERMIT2 },
      message: { details: { token: CONTRACT, amount: '1461501637330902918203684832716283019655932542975', expiration: 1_900_000_000, nonce: 7, memo: SECRET }, spender: ACCOUNT, sigDeadline: 1_800_000_000 },
    };
    const [kept] = sanitizeParams('eth_signTypedData_v4', [ACCOUNT, JSON.stringify(permit)]);
    expect(JSON.stringify(kept)).not.toContain(SECRET);
    expect(JSON.stringify(kept)).not.toContain('nonce');
    expect(decodeSignature(kept)).toEqual(decodeSignature(permit));
    expect(decodeSignature(kept)).toMatchObject({ kind: 'permit2', spender: ACCOUNT, token: CONTRACT, unlimited: true, expiry: 1_900_000_000 });
  });

  it('keeps an EIP-2612 permit\'s spender, value and deadline, and of a witness transfer only the witness type name', () => {
    const permit = {
      primaryType: 'Permit',
      domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: CONTRACT },
      message: { owner: ACCOUNT, spender: ACCOUNT, value: '1000000', nonce: 1, deadline: 1_800_000_000 },
    };
    const [kept] = sanitizeParams('eth_signTypedData_v4', [ACCOUNT, permit]);
    expect(decodeSignature(kept)).toMatchObject({ kind: 'permit', spender: ACCOUNT, token: CONTRACT, amount: '1000000', expiry: 1_800_000_000 });
    expect(JSON.stringify(kept)).not.toContain('owner');

    const witness = {
      types: { PermitWitnessTransferFrom: [{ name: 'permitted', type: 'TokenPermissions' }, { name: 'witness', type: 'ExclusiveDutchOrder' }] },
      primaryType: 'PermitWitnessTransferFrom',
      domain: { name: 'Permit2', chainId: 1, verifyingContract: '0x000000000022D473030F116dDEE9F6B43aC78BA3' },
      message: { permitted: { token: CONTRACT, amount: '5' }, spender: ACCOUNT, deadline: 1, witness: { info: SECRET } },
    };
    const [keptWitness] = sanitizeParams('eth_signTypedData_v4', [ACCOUNT, witness]);
    expect(JSON.stringify(keptWitness)).not.toContain(SECRET);
    expect(decodeSignature(keptWitness)).toEqual(decodeSignature(witness));
  });

  it('keeps from, to, data, value and chainId of a transaction and drops everything else', () => {
    const kept = sanitizeParams('eth_sendTransaction', [
      { from: ACCOUNT, to: CONTRACT, data: '0xa9059cbb00', value: '0x10', chainId: '0x1', gas: '0x5208', nonce: '0x7', extra: { nested: SECRET } },
    ]);
    expect(kept).toEqual([{ from: ACCOUNT, to: CONTRACT, data: '0xa9059cbb00', value: '0x10', chainId: '0x1' }]);
  });

  it('reads calldata from `input` when `data` is absent and truncates huge calldata', () => {
    expect(sanitizeParams('eth_sendTransaction', [{ input: '0xdeadbeef' }])).toEqual([{ data: '0xdeadbeef' }]);
    const huge = '0x' + 'ab'.repeat(100_000);
    const [kept] = sanitizeParams('eth_sendTransaction', [{ data: huge }]) as [{ data: string }];
    expect(kept.data.length).toBe(65_536);
    expect(huge.startsWith(kept.data)).toBe(true);
  });

  it('never trusts the shape of params', () => {
    for (const params of [undefined, null, 'x', 7, {}, [null], [undefined], [7], ['str']]) {
      expect(sanitizeParams('eth_sendTransaction', params)).toEqual([{}]);
    }
    expect(sanitizeParams('wallet_switchEthereumChain', null)).toEqual([{}]);
    expect(sanitizeParams('wallet_sendCalls', [{ calls: 'not-an-array' }])).toEqual([{ calls: [] }]);
  });

  it('drops values of the wrong type instead of keeping them', () => {
    const kept = sanitizeParams('eth_sendTransaction', [{ from: { toString: () => ACCOUNT }, to: 12, value: Number.NaN, chainId: 1 }]);
    expect(kept).toEqual([{ chainId: 1 }]);
  });

  it('keeps at most 32 calls of a wallet_sendCalls batch, each reduced like a transaction', () => {
    const calls = Array.from({ length: 40 }, (_, i) => ({ to: CONTRACT, data: `0x${i}`, gas: '0x1', secret: SECRET }));
    const [batch] = sanitizeParams('wallet_sendCalls', [{ version: '2.0.0', chainId: '0x2105', from: ACCOUNT, calls, capabilities: { paymaster: SECRET } }]) as [
      { calls: unknown[] },
    ];
    expect(batch).toMatchObject({ version: '2.0.0', chainId: '0x2105', from: ACCOUNT });
    expect(batch.calls).toHaveLength(32);
    expect(batch.calls[3]).toEqual({ to: CONTRACT, data: '0x3' });
    expect(JSON.stringify(batch)).not.toContain(SECRET);
  });

  it('keeps the target chain of chain switches and additions, not the RPC URLs', () => {
    expect(sanitizeParams('wallet_switchEthereumChain', [{ chainId: '0x89', other: 1 }])).toEqual([{ chainId: '0x89' }]);
    expect(
      sanitizeParams('wallet_addEthereumChain', [{ chainId: '0xa', chainName: 'OP Mainnet', rpcUrls: ['https://rpc.example/key-123'] }]),
    ).toEqual([{ chainId: '0xa', chainName: 'OP Mainnet' }]);
  });

  it('keeps the token of wallet_watchAsset but not its image', () => {
    expect(
      sanitizeParams('wallet_watchAsset', [{ type: 'ERC20', options: { address: CONTRACT, symbol: 'USDC', decimals: 6, image: 'https://img.example/x.png' } }]),
    ).toEqual([{ type: 'ERC20', options: { address: CONTRACT, symbol: 'USDC', decimals: 6 } }]);
  });

  it('keeps only the permission names of wallet_requestPermissions, at most 8', () => {
    const perms = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`perm_${i}`, { caveats: [SECRET] }]));
    const [kept] = sanitizeParams('wallet_requestPermissions', [perms]) as [Record<string, unknown>];
    expect(Object.keys(kept)).toEqual(['perm_0', 'perm_1', 'perm_2', 'perm_3', 'perm_4', 'perm_5', 'perm_6', 'perm_7']);
    expect(kept.perm_0).toEqual({});
    expect(JSON.stringify(kept)).not.toContain(SECRET);
  });

  it('keeps nothing for connects and unknown methods', () => {
    expect(sanitizeParams('eth_requestAccounts', [{ anything: SECRET }])).toEqual([]);
    expect(sanitizeParams('eth_call', [{ data: '0x' }])).toEqual([]);
  });
});
