import { isUnlimited } from './call-fields';
import type { ActionKind, DecodedAction } from './decoded-action';
import { bigintOf, lowerAddress, parseJson, record, unixSeconds } from './unknown-values';

/**
 * Says what an EIP-712 signature is for. Takes the header Sextant keeps ({primaryType, domain}) or
 * a full typed-data object or JSON string (activity imported "as the page sent it"); with the full
 * form, permits also report spender, token and whether the amount is unlimited. Never throws.
 */
export function decodeSignature(typedData: unknown): DecodedAction {
  const t = record(typeof typedData === 'string' ? parseJson(typedData) : typedData);
  const primaryType = str(t.primaryType);
  const domain = record(t.domain);
  const domainName = str(domain.name)?.toLowerCase();
  const verifyingContract = lowerAddress(domain.verifyingContract);
  const base = { name: primaryType, ...(verifyingContract ? { to: verifyingContract } : {}) };
  const message = record(t.message);

  if (domainName === 'permit2' || (verifyingContract === PERMIT2 && primaryType?.startsWith('Permit'))) {
    if (primaryType?.includes('Witness')) {
      const kind = witnessKind(record(t.types), primaryType);
      return { kind, ...base, ...(kind === 'permit2' ? permit2Fields(primaryType, message) : {}) };
    }
    return { kind: 'permit2', ...base, ...permit2Fields(primaryType, message) };
  }
  if (primaryType === 'Permit') return { kind: 'permit', ...base, ...permitFields(message, verifyingContract) };
  const kind =
    primaryType === undefined
      ? undefined
      : (KIND_BY_DOMAIN.get(`${domainName ?? ''}|${primaryType}`) ?? KIND_BY_TYPE.get(primaryType));
  return { kind: kind ?? 'sign', ...base };
}

const PERMIT2 = '0x000000000022d473030f116ddee9f6b43ac78ba3';

/** Order types that only mean something under their protocol's domain name (lower-case). */
const KIND_BY_DOMAIN: ReadonlyMap<string, ActionKind> = new Map<string, ActionKind>([
  ['gnosis protocol|Order', 'swap'], // CoW Protocol
  ['1inch aggregation router|Order', 'swap'], // 1inch limit orders and Fusion (v5, v6)
  ['1inch aggregation router|OrderStructure', 'swap'],
  ['1inch limit order protocol|Order', 'swap'],
  ['1inch limit order protocol|OrderStructure', 'swap'],
  ['zeroex|LimitOrder', 'swap'], // 0x v4 native orders
  ['zeroex|RfqOrder', 'swap'],
  ['zeroex|OtcOrder', 'swap'],
  ['blur exchange|Order', 'list-nft'],
  ['blur exchange|Root', 'list-nft'], // Blur's bulk listing signs a merkle root
  ['looksrareprotocol|Maker', 'list-nft'],
  ['looksrareprotocol|MerkleTree', 'list-nft'],
  ['snapshot|Vote', 'vote'],
  ['snapshot|VoteArray', 'vote'],
  ['snapshot|VoteString', 'vote'],
  ['snapshot|Vote2', 'vote'],
  ['snapshot|VoteArray2', 'vote'],
  ['snapshot|VoteString2', 'vote'],
]);

/** Types specific enough to read under any domain. */
const KIND_BY_TYPE: ReadonlyMap<string, ActionKind> = new Map<string, ActionKind>([
  ['OrderComponents', 'list-nft'], // Seaport
  ['BulkOrder', 'list-nft'], // Seaport bulk listing
  ['Ballot', 'vote'], // OpenZeppelin Governor / GovernorBravo castVoteBySig
  ['ExtendedBallot', 'vote'],
]);

/**
 * A Permit2 witness transfer moves tokens once, for the purpose its witness describes. Intent swaps
 * (UniswapX orders, 0x gasless SlippageAndActions, ...) are nearly all of them, so with only the
 * header a witness transfer reads as a swap; with the full types an unrecognised witness stays permit2.
 */
function witnessKind(types: Record<string, unknown>, primaryType: string): ActionKind {
  const fields = types[primaryType];
  if (!Array.isArray(fields)) return 'swap';
  const witness = fields.map(record).find((f) => f.name === 'witness');
  const witnessType = str(witness?.type) ?? '';
  if (/order|slippage/i.test(witnessType)) return 'swap';
  if (/deposit|bridge|across/i.test(witnessType)) return 'bridge';
  return 'permit2';
}

/** Permit2 allowances are uint160 (unlimited from 2^159); one-off transfers are uint256. */
function permit2Fields(primaryType: string | undefined, message: Record<string, unknown>): Partial<DecodedAction> {
  const allowance = primaryType === 'PermitSingle' || primaryType === 'PermitBatch';
  const grants = [message.details, message.permitted].flatMap((g) => (Array.isArray(g) ? g : g === undefined ? [] : [g])).map(record);
  if (grants.length === 0) return {};
  const tokens = [...new Set(grants.map((g) => lowerAddress(g.token)).filter((a) => a !== undefined))];
  const unlimited = grants.some((g) => isUnlimited(bigintOf(g.amount), allowance ? 160 : 256));
  const amount = grants.length === 1 ? bigintOf(grants[0]!.amount) : undefined;
  return {
    ...optional('spender', lowerAddress(message.spender)),
    ...(tokens.length === 1 ? { token: tokens[0] } : {}),
    unlimited,
    ...(amount !== undefined ? { amount: amount.toString() } : {}),
    // An allowance lasts until its expiration; a one-off transfer can be used until its deadline.
    ...optional('expiry', unixSeconds(allowance ? grants[0]!.expiration : message.deadline)),
  };
}

/** EIP-2612 carries a value; DAI's permit grants all or nothing through `allowed`. */
function permitFields(message: Record<string, unknown>, token: string | undefined): Partial<DecodedAction> {
  const fields: Partial<DecodedAction> = {
    ...optional('token', token),
    ...optional('spender', lowerAddress(message.spender)),
    // EIP-2612 names it deadline, DAI expiry.
    ...optional('expiry', unixSeconds(message.deadline ?? message.expiry)),
  };
  if (typeof message.allowed === 'boolean') return { ...fields, unlimited: message.allowed };
  const value = bigintOf(message.value);
  if (value === undefined) return fields;
  return { ...fields, unlimited: isUnlimited(value), amount: value.toString() };
}


function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function optional<K extends keyof DecodedAction>(key: K, value: DecodedAction[K] | undefined): Partial<DecodedAction> {
  return value === undefined ? {} : { [key]: value };
}
