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

describe('describeEvent on a flagged site', () => {
  const lookalike = { verdict: 'lookalike', domain: '0pensea.io', resembles: 'opensea', why: 'confusable' } as const;
  const seaport = { method: 'eth_signTypedData_v4', params: [], action: { kind: 'list-nft', name: 'OrderComponents' } as DecodedAction, site: lookalike };

  it('calls a signature on a lookalike a signature on that site, never what the imitation claims', () => {
    expect(describeEvent(seaport, null, 'OpenSea')).toEqual({ key: 'actionOnLookalike', subs: ['kind_signature', '0pensea.io', 'OpenSea'], site: 'lookalike' });
  });

  it('keeps a permit’s name and an unlimited approval’s warning, naming the site instead of the dApp', () => {
    const site = { verdict: 'lookalike', domain: 'uniswap-claim.xyz', resembles: 'uniswap', why: 'brand-plus-word' } as const;
    expect(describeEvent({ ...tx(approve), site }, 'Uniswap', 'Uniswap')).toEqual({
      key: 'actionOnLookalike',
      subs: ['kind_unlimited_approval', 'uniswap-claim.xyz', 'Uniswap'],
      site: 'lookalike',
      warning: 'unlimited-approval',
    });
    const permit = { method: 'eth_signTypedData_v4', params: [], action: { kind: 'permit2', name: 'PermitSingle' } as DecodedAction, site };
    expect(describeEvent(permit, null, 'Uniswap')).toMatchObject({ key: 'actionOnLookalike', subs: ['kind_permit2', 'uniswap-claim.xyz', 'Uniswap'] });
  });

  it('says a listed site is a phishing site', () => {
    const site = { verdict: 'phishing', domain: 'bancor.ltd', why: 'phishing-list' } as const;
    expect(describeEvent({ method: 'eth_requestAccounts', params: [], action: { kind: 'connect' }, site }, null)).toEqual({
      key: 'actionOnPhishing',
      subs: ['kind_connect', 'bancor.ltd'],
      site: 'phishing',
    });
  });
});
