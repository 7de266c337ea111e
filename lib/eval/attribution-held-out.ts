import { encodeFunctionData, parseAbi, type Hex } from 'viem';
import { z } from '../zod';

const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/);
const split = z.enum(['dev', 'test']);

const contractCase = z.object({ id: z.string(), split, chainId: z.number().int(), address, dappId: z.string(), role: z.string() }).strict();
const noDappCase = z
  .object({
    id: z.string(),
    split,
    dappId: z.null(),
    kind: z.enum(['transfer', 'send-native', 'approve', 'call', 'deploy']),
    chainId: z.number().int(),
    role: z.string(),
    token: address.optional(),
    to: address.optional(),
    spender: address.optional(),
    data: z.string().regex(/^0x[0-9a-fA-F]*$/).optional(),
    value: z.string().optional(),
  })
  .strict();

export const heldOutSchema = z.object({ format: z.literal('sextant.attribution-held-out.v1'), about: z.string(), contracts: z.array(contractCase), noDapp: z.array(noDappCase) }).strict();

export type HeldOut = z.infer<typeof heldOutSchema>;
export type ContractCase = z.infer<typeof contractCase>;
export type NoDappCase = z.infer<typeof noDappCase>;

export interface EvalEvent {
  method: string;
  chainId: number;
  origin: null;
  params: unknown[];
}

// Addresses are lower-cased before encoding: the set keeps them as their sources wrote them, not always EIP-55.
const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const erc20 = parseAbi(['function approve(address spender, uint256 amount)', 'function transfer(address to, uint256 amount)']);

// A call whose function no decoder knows, so only the contract called (never the method) can attribute it.
const OPAQUE_CALL: Hex = '0x12345678';

/** The wallet request a case stands for, as an imported history would hold it (no page origin). */
export function caseEvent(c: ContractCase | NoDappCase): EvalEvent {
  const tx = (to: string | undefined, data: string, value = '0x0') => ({
    method: 'eth_sendTransaction',
    chainId: c.chainId,
    origin: null,
    params: [{ from: USER, ...(to ? { to } : {}), data, value }],
  });
  if (!('kind' in c)) return tx(c.address, OPAQUE_CALL);
  switch (c.kind) {
    case 'transfer':
      return tx(c.token, encodeFunctionData({ abi: erc20, functionName: 'transfer', args: [c.to!.toLowerCase() as Hex, 1_000_000n] }));
    case 'approve':
      return tx(c.token, encodeFunctionData({ abi: erc20, functionName: 'approve', args: [c.spender!.toLowerCase() as Hex, 1_000_000n] }));
    case 'send-native':
      return tx(c.to, '0x', '0xde0b6b3a7640000');
    case 'call':
      return tx(c.to, c.data ?? OPAQUE_CALL, c.value);
    case 'deploy':
      return tx(undefined, '0x6080604052');
  }
}
