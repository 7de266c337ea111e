import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * On-chain social accounts: Farcaster (IdGateway, KeyGateway, StorageRegistry on Optimism) and Lens
 * (LensHub V2 on Polygon). Registering a Farcaster id, like an ENS name, is claiming an identity;
 * renting its storage keeps it usable, as an ENS renewal does.
 */
export const SOCIAL_ABI = parseAbi([
  'function register(address recovery) payable returns (uint256, uint256)',
  'function register(address recovery, uint256 extraStorage) payable returns (uint256, uint256)',
  'function rent(uint256 fid, uint256 units) payable returns (uint256)',
  // Adding an app's signing key authorises it to post for the account: no kind fits, so it stays named.
  'function add(uint32 keyType, bytes key, uint8 metadataType, bytes metadata)',
  // LensHub V2 follow: social, not financial; it stays a named contract call.
  'function follow(uint256 followerProfileId, uint256[] idsOfProfilesToFollow, uint256[] followTokenIds, bytes[] datas) returns (uint256[])',
]);

export const SOCIAL_KINDS: KindTable = {
  register: 'register-name',
  rent: 'register-name',
  add: 'contract-call',
  follow: 'contract-call',
};
