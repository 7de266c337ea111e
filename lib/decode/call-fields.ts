import type { AbiFunction } from 'viem';
import type { DecodedAction } from './decoded-action';
import { lowerAddress, record, unixSeconds } from './unknown-values';

/** Decoded arguments by parameter name, so field extraction does not depend on argument order. */
export function argsByName(item: AbiFunction, args: readonly unknown[]): Record<string, unknown> {
  const named: Record<string, unknown> = {};
  item.inputs.forEach((input, i) => {
    if (input.name) named[input.name] = args[i];
  });
  return named;
}

/** An amount is "unlimited" from half its type's range up: 2^255 for uint256, 2^159 for Permit2's uint160. */
export function isUnlimited(amount: unknown, bits = 256): boolean {
  return typeof amount === 'bigint' && amount >= 2n ** BigInt(bits - 1);
}

function uintBits(item: AbiFunction, name: string): number {
  const match = /^uint(\d+)$/.exec(item.inputs.find((p) => p.name === name)?.type ?? '');
  return match ? Number(match[1]) : 256;
}

/** Transfers whose contract is itself the token moved; other transfers (Disperse, invoices) name it. */
const SELF_TRANSFERS: ReadonlySet<string> = new Set(['transfer', 'transferFrom', 'safeTransferFrom', 'safeBatchTransferFrom']);

/** Approval, permit, transfer and stream details read from a decoded call; nothing for other kinds. */
export function callFields(action: DecodedAction, item: AbiFunction, named: Record<string, unknown>): Partial<DecodedAction> {
  const to = action.to;
  switch (action.kind) {
    case 'approve': {
      const amountName = ['amount', 'addedValue'].find((n) => n in named) ?? 'amount';
      const amount = named[amountName];
      const unlimited = isUnlimited(amount, uintBits(item, amountName));
      return {
        spender: lowerAddress(named.spender),
        // Permit2's approve names the token; a token's own approve is the token.
        token: lowerAddress(named.token) ?? to,
        unlimited,
        ...amountField(amount),
        ...optional('expiry', unixSeconds(named.expiration)),
        ...(item.name === 'approve' && amount === 0n ? { revoke: true } : {}),
      };
    }
    case 'permit': {
      // DAI's permit grants all or nothing through `allowed`; EIP-2612 carries a value.
      const allowed = named.allowed;
      const unlimited = typeof allowed === 'boolean' ? allowed : isUnlimited(named.value);
      return {
        spender: lowerAddress(named.spender),
        token: to,
        unlimited,
        ...amountField(named.value),
        ...optional('expiry', unixSeconds(named.deadline ?? named.expiry)),
        ...(allowed === false || named.value === 0n ? { revoke: true } : {}),
      };
    }
    case 'permit2': {
      const single = (named.permitSingle ?? {}) as { details?: { token?: unknown; amount?: unknown; expiration?: unknown }; spender?: unknown };
      const unlimited = isUnlimited(single.details?.amount, 160);
      return {
        spender: lowerAddress(single.spender),
        token: lowerAddress(single.details?.token),
        unlimited,
        ...amountField(single.details?.amount),
        ...optional('expiry', unixSeconds(single.details?.expiration)),
      };
    }
    case 'nft-approval':
      return {
        spender: lowerAddress(named.operator),
        token: to,
        unlimited: named.approved === true,
        ...(named.approved === false ? { revoke: true } : {}),
      };
    case 'transfer':
      return {
        recipient: lowerAddress(named.to),
        token: 'token' in named ? lowerAddress(named.token) : SELF_TRANSFERS.has(item.name) ? to : undefined,
        ...amountField(named.amount ?? named.value ?? named.wad),
      };
    case 'stream': {
      // Superfluid names token and receiver; Sablier's creates carry them in a `params` struct.
      const params = record(named.params);
      return {
        recipient: lowerAddress(named.receiver ?? params.recipient),
        token: lowerAddress(named.token ?? params.token),
      };
    }
    default:
      return {};
  }
}

/** A decoded uint amount as the decimal string DecodedAction keeps; nothing when the call had none. */
function amountField(amount: unknown): { amount?: string } {
  return typeof amount === 'bigint' ? { amount: amount.toString() } : {};
}

function optional<K extends keyof DecodedAction>(key: K, value: DecodedAction[K] | undefined): Partial<DecodedAction> {
  return value === undefined ? {} : { [key]: value };
}
