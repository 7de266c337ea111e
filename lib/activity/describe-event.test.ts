import { describe, expect, it } from 'vitest';
import type { DecodedAction } from '../decode/decoded-action';
import { describeEvent } from './describe-event';

const tx = (action: DecodedAction) => ({ method: 'eth_sendTransaction', params: [{}], action });
const approve: DecodedAction = { kind: 'approve', unlimited: true, spender: '0x000000000022d473030f116ddee9f6b43ac78ba3' };
const swap: DecodedAction = { kind: 'swap', to: '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad' };

describe('describeEvent', () => {
  it('names an unlimited approval and warns, on its dApp', () => {
    expect(describeEvent(tx(approve), 'Uniswap')).toEqual({ key: 'actionOnDapp', subs: ['kind_unlimited_approval', 'Uniswap'], warning: 'unlimited-approval' });
  });

  it('does not warn about a revoke or a limited approval', () => {
    expect(describeEvent(tx({ ...approve, revoke: true }), null).warning).toBeUndefined();
    expect(describeEvent(tx({ ...approve, unlimited: false }), null)).toEqual({ key: 'kind_approve', subs: [] });
  });

  it('names a batch for its main call, and still warns about an unlimited approval inside it', () => {
    const batch = { method: 'wallet_sendCalls', params: [{}], action: { ...swap, calls: [approve, swap] } };
    expect(describeEvent(batch, 'Uniswap')).toEqual({ key: 'actionOnDapp', subs: ['kind_swap', 'Uniswap'], warning: 'unlimited-approval' });
    expect(describeEvent({ ...batch, action: { ...swap, calls: [{ ...approve, unlimited: false }, swap] } }, null)).toEqual({ key: 'kind_swap', subs: [] });
  });

  it('words an unknown call by its selector and a signature by its type', () => {
    expect(describeEvent(tx({ kind: 'contract-call', selector: '0x12345678' }), null)).toEqual({ key: 'kind_contract_call_selector', subs: ['0x12345678'] });
    expect(describeEvent({ method: 'eth_signTypedData_v4', params: [], action: { kind: 'sign', name: 'Order' } }, null)).toEqual({ key: 'kind_sign_typed', subs: ['Order'] });
  });
});
