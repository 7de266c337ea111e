import { maxUint256, parseUnits } from 'viem';
import { describe, expect, it } from 'vitest';
import { DEX_ABI } from './abis/dex';
import { ERC20_ABI } from './abis/erc20';
import { decodeEvent } from './decode-event';
import { encodeCall, MAINNET as M } from './test-utils';

const lower = (a: string) => a.toLowerCase();

describe('decodeEvent', () => {
  it('reads connects, chain changes and watched assets', () => {
    expect(decodeEvent({ method: 'eth_requestAccounts', params: [] })).toEqual({ kind: 'connect' });
    expect(decodeEvent({ method: 'wallet_requestPermissions', params: [{ eth_accounts: {} }] })).toEqual({ kind: 'connect' });
    expect(decodeEvent({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x2105' }] })).toEqual({ kind: 'switch-chain' });
    expect(decodeEvent({ method: 'wallet_addEthereumChain', params: [{ chainId: '0x2105', chainName: 'Base' }] })).toEqual({ kind: 'add-chain' });
    expect(decodeEvent({ method: 'wallet_watchAsset', params: [{ type: 'ERC20', options: { address: M.usdc, symbol: 'USDC', decimals: 6 } }] })).toEqual({
      kind: 'watch-asset', token: lower(M.usdc),
    });
  });

  it('decodes eth_sendTransaction', () => {
    const data = encodeCall(ERC20_ABI, 'approve(address,uint256)', [M.permit2, maxUint256]);
    const params = [{ from: M.user, to: M.usdc, data, value: '0x0', chainId: '0x1' }];
    expect(decodeEvent({ method: 'eth_sendTransaction', params })).toMatchObject({ kind: 'approve', unlimited: true, spender: lower(M.permit2) });
  });

  it('reads a wallet_sendCalls batch of approve + swap as the swap, keeping both calls', () => {
    const approve = encodeCall(ERC20_ABI, 'approve(address,uint256)', [M.v2Router, parseUnits('500', 6)]);
    const swap = encodeCall(DEX_ABI, 'swapExactTokensForETH(uint256,uint256,address[],address,uint256)', [
      parseUnits('500', 6), 1n, [M.usdc, M.weth], M.user, 1_767_225_600n,
    ]);
    const params = [{ version: '2.0.0', chainId: '0x1', from: M.user, calls: [{ to: M.usdc, data: approve }, { to: M.v2Router, data: swap, value: '0x0' }] }];
    const action = decodeEvent({ method: 'wallet_sendCalls', params });
    expect(action).toMatchObject({ kind: 'swap', name: 'swapExactTokensForETH', to: lower(M.v2Router) });
    expect(action.calls?.map((c) => c.kind)).toEqual(['approve', 'swap']);
  });

  it('reads personal_sign and eth_sign as plain signatures', () => {
    expect(decodeEvent({ method: 'personal_sign', params: [] })).toEqual({ kind: 'sign' });
    expect(decodeEvent({ method: 'eth_sign', params: [M.user, '0xabcd'] })).toEqual({ kind: 'sign' });
  });

  it('decodes typed data as kept, as sent (JSON string), and as sent in the reverse order', () => {
    const typed = { primaryType: 'PermitSingle', domain: { name: 'Permit2', chainId: 1, verifyingContract: M.permit2 }, message: {} };
    const header = [{ primaryType: 'PermitSingle', domain: { name: 'Permit2', chainId: 1, verifyingContract: M.permit2 } }];
    expect(decodeEvent({ method: 'eth_signTypedData_v4', params: header }).kind).toBe('permit2');
    expect(decodeEvent({ method: 'eth_signTypedData_v4', params: [M.user, JSON.stringify(typed)] }).kind).toBe('permit2');
    expect(decodeEvent({ method: 'eth_signTypedData_v4', params: [typed, M.user] }).kind).toBe('permit2');
  });

  it('reads legacy eth_signTypedData (a field array) as a plain signature', () => {
    expect(decodeEvent({ method: 'eth_signTypedData', params: [[{ type: 'string', name: 'Message', value: 'Hi' }], M.user] })).toEqual({ kind: 'sign' });
  });

  it('never throws on malformed params', () => {
    for (const method of ['eth_sendTransaction', 'wallet_sendCalls', 'eth_signTypedData_v4', 'wallet_watchAsset', 'made_up']) {
      for (const params of [[], [null], ['x'], [42], [{ calls: 'no' }], null as never]) {
        expect(() => decodeEvent({ method, params })).not.toThrow();
      }
    }
    expect(decodeEvent({ method: 'wallet_sendCalls', params: [{ calls: [] }] })).toEqual({ kind: 'contract-call', calls: [] });
  });
});
