import { formatUnits } from 'viem';
import { contractKey, type CatalogLookup } from '../catalog/catalog-lookup';
import { contractName } from '../catalog/contract-name';
import type { Dapp } from '../catalog/dapp-schema';
import type { DecodedAction } from '../decode/decoded-action';

/** What a token list knows about a token: its symbol and, for fungible tokens, its decimals. */
export interface TokenFacts {
  symbol: string;
  decimals?: number;
}

export type TokenFactsLookup = (chainId: number, address: string) => TokenFacts | null;

/** Why a spender or operator deserves a second look. */
export type CounterpartyFlag =
  /** No dApp in the catalog owns this contract. */
  | 'unknown'
  /** A known contract, but of another dApp than the site the person was on. */
  | 'other-dapp';

export interface GrantDetails {
  /** The token or NFT collection, with its symbol when a token list knows it. */
  token: { address: string; symbol: string | null } | null;
  /** "unlimited", a formatted amount, or null when the grant does not say (an all-or-nothing NFT approval says `all`). */
  amount: { kind: 'unlimited' } | { kind: 'all' } | { kind: 'amount'; value: string; symbol: string | null } | null;
  role: 'spender' | 'operator';
  counterparty: { address: string; name: string | null; flag: CounterpartyFlag | null } | null;
  /** Unix seconds. */
  expiry: number | null;
  revoke: boolean;
}

const GRANTS: ReadonlySet<DecodedAction['kind']> = new Set(['approve', 'permit', 'permit2', 'nft-approval']);

/** The grant in an action: the action itself, or the first grant inside a batch (approve, then swap). */
function findGrant(action: DecodedAction | undefined): DecodedAction | null {
  if (!action) return null;
  if (GRANTS.has(action.kind)) return action;
  return action.calls?.find((c) => GRANTS.has(c.kind)) ?? null;
}

/**
 * What an approval or permit granted and to whom, for a person deciding whether it was safe:
 * the token, the amount (unlimited spelled out), the spender named from the catalog, and a flag when
 * the spender is unknown or belongs to another dApp than the site (`siteDapp`) where it was granted.
 * Null for actions that grant nothing.
 */
export function grantDetails(
  event: { chainId: number | null; action?: DecodedAction },
  lookup: CatalogLookup,
  siteDapp: Dapp | null,
  tokenFacts: TokenFactsLookup = () => null,
): GrantDetails | null {
  const grant = findGrant(event.action);
  if (!grant) return null;
  const chainId = event.chainId;
  const facts = grant.token && chainId !== null ? tokenFacts(chainId, grant.token) : null;
  const symbol = facts?.symbol ?? null;
  const nft = grant.kind === 'nft-approval';

  let counterparty: GrantDetails['counterparty'] = null;
  if (grant.spender) {
    const owners = chainId === null ? [] : (lookup.byContract.get(contractKey(chainId, grant.spender)) ?? []);
    const owner = owners.find((d) => d.id === siteDapp?.id) ?? owners[0];
    const shared = owners.some((d) => d.contracts.some((c) => c.shared && contractKey(c.chainId, c.address) === contractKey(chainId!, grant.spender!)));
    const flag: CounterpartyFlag | null = !owner ? 'unknown' : siteDapp && owner.id !== siteDapp.id && !shared ? 'other-dapp' : null;
    counterparty = { address: grant.spender, name: owner ? contractName(lookup, chainId!, grant.spender, owner.id) : null, flag };
  }

  let amount: GrantDetails['amount'] = null;
  if (grant.unlimited) amount = nft ? { kind: 'all' } : { kind: 'unlimited' };
  else if (grant.amount !== undefined) {
    const value = facts?.decimals === undefined ? grant.amount : formatUnits(BigInt(grant.amount), facts.decimals);
    amount = { kind: 'amount', value, symbol: facts?.decimals === undefined ? null : symbol };
  }

  return {
    token: grant.token ? { address: grant.token, symbol } : null,
    amount,
    role: nft ? 'operator' : 'spender',
    counterparty,
    expiry: grant.expiry ?? null,
    revoke: grant.revoke === true,
  };
}
