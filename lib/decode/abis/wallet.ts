import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/** Smart-contract wallets and wallet security: Safe proxy factories (1.3.0 and 1.4.1) and delegate.xyz v2. */
export const WALLET_ABI = parseAbi([
  'function createProxyWithNonce(address singleton, bytes initializer, uint256 saltNonce) returns (address)',
  'function createChainSpecificProxyWithNonce(address singleton, bytes initializer, uint256 saltNonce) returns (address)',
  'function createProxyWithCallback(address singleton, bytes initializer, uint256 saltNonce, address callback) returns (address)',
  // delegate.xyz DelegateRegistry v2: letting a hot wallet prove what a vault holds. It moves nothing
  // and approves nothing, so it stays a named contract call.
  'function delegateAll(address to, bytes32 rights, bool enable) payable returns (bytes32)',
]);

export const WALLET_KINDS: KindTable = {
  createProxyWithNonce: 'create-wallet',
  createChainSpecificProxyWithNonce: 'create-wallet',
  createProxyWithCallback: 'create-wallet',
  delegateAll: 'contract-call',
};
