import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeFunctionData, maxUint256, parseAbi, parseUnits, type Hex } from 'viem';
import { describe, expect, it } from 'vitest';
import { actionLabel } from '../../components/action-label';
import { describeEvent } from '../../lib/activity/describe-event';
import { enrichEvent } from '../../lib/attribution/enrich-event';
import { contractName } from '../../lib/catalog/contract-name';
import { defaultLookup } from '../../lib/catalog/default-lookup';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Words a message the way chrome.i18n does: named placeholders point at $1, $2, … */
function translator(lang: string) {
  const messages = JSON.parse(readFileSync(join('public/_locales', lang, 'messages.json'), 'utf8')) as Messages;
  return (key: string, subs: string[] = []) => {
    const m = messages[key];
    if (!m) throw new Error(`no message ${key}`);
    return m.message.replace(/\$([A-Z0-9_]+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, i: string) => subs[Number(i) - 1] ?? '');
    });
  };
}

const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const UNKNOWN = '0x1111111111111111111111111111111111111111';
const erc20 = parseAbi(['function approve(address spender, uint256 amount)', 'function transfer(address to, uint256 amount)']);

/** A real call on Ethereum, decoded and attributed as the background does, then worded in a locale. */
function word(data: Hex, lang: 'en' | 'id') {
  const lookup = defaultLookup();
  const event = { method: 'eth_sendTransaction', chainId: 1, origin: null, params: [{ from: USER, to: USDC, data, value: '0x0' }] };
  const enriched = { ...event, ...enrichEvent(lookup, event) };
  const spender = enriched.action.spender;
  const dapp = enriched.dappId ? (lookup.byId.get(enriched.dappId)?.name ?? null) : null;
  const text = describeEvent(enriched, dapp, { spenderName: spender ? contractName(lookup, 1, spender) : null, locale: lang });
  return { text, label: actionLabel(translator(lang), text) };
}

describe('token approvals and transfers read with symbol, amount and spender', () => {
  it('an unlimited USDC approval to Permit2', () => {
    const data = encodeFunctionData({ abi: erc20, functionName: 'approve', args: [PERMIT2, maxUint256] });
    expect(word(data, 'en')).toEqual({ text: expect.objectContaining({ warning: 'unlimited-approval' }), label: 'Unlimited USDC to Uniswap Permit2' });
    expect(word(data, 'id').label).toBe('USDC tanpa batas untuk Uniswap Permit2');
  });

  it('a limited approval and a revoke', () => {
    expect(word(encodeFunctionData({ abi: erc20, functionName: 'approve', args: [PERMIT2, parseUnits('1000', 6)] }), 'en').label).toBe('Approve 1,000 USDC for Uniswap Permit2');
    expect(word(encodeFunctionData({ abi: erc20, functionName: 'approve', args: [PERMIT2, 0n] }), 'id').label).toBe('Cabut izin USDC dari Uniswap Permit2');
  });

  it('an approval to an unknown spender shows its short address', () => {
    expect(word(encodeFunctionData({ abi: erc20, functionName: 'approve', args: [UNKNOWN, parseUnits('2.5', 6)] }), 'en').label).toBe('Approve 2.5 USDC for 0x1111…1111');
  });

  it('a transfer with the token’s decimals, in each locale', () => {
    const data = encodeFunctionData({ abi: erc20, functionName: 'transfer', args: [UNKNOWN, parseUnits('1000', 6)] });
    expect(word(data, 'en').label).toBe('Transfer 1,000 USDC');
    expect(word(data, 'id').label).toBe('Kirim 1.000 USDC');
  });

  it('an unknown token keeps the generic wording', () => {
    const text = describeEvent({ method: 'eth_sendTransaction', chainId: 1, params: [{}], action: { kind: 'transfer', token: UNKNOWN.toLowerCase(), amount: '5' } }, null);
    expect(text).toEqual({ key: 'kind_transfer', subs: [] });
  });
});
