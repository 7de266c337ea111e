import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * ENS .eth registrar controllers (2019, 2023 name-wrapper, 2025 referrer versions), Basenames, and
 * the registry and resolver calls that manage a name once it is owned (subnames, address and text
 * records). Resolver record batches come as multicall(bytes[]), which decode-call unwraps.
 */
export const NAMING_ABI = parseAbi([
  // The commit half of ENS's commit–reveal registration.
  'function commit(bytes32 commitment)',
  'function register(string name, address owner, uint256 duration, bytes32 secret) payable',
  'function registerWithConfig(string name, address owner, uint256 duration, bytes32 secret, address resolver, address addr) payable',
  'function register(string name, address owner, uint256 duration, bytes32 secret, address resolver, bytes[] data, bool reverseRecord, uint16 ownerControlledFuses) payable',
  'struct Registration { string label; address owner; uint256 duration; bytes32 secret; address resolver; bytes[] data; uint8 reverseRecord; bytes32 referrer; }',
  'function register(Registration registration) payable',
  'function renew(string name, uint256 duration) payable',
  'function renew(string label, uint256 duration, bytes32 referrer) payable',
  // Basenames RegistrarController on Base (no commit step).
  'struct RegisterRequest { string name; address owner; uint256 duration; address resolver; bytes[] data; bool reverseRecord; }',
  'function register(RegisterRequest request) payable',

  // ENS registry (and NameWrapper) subnames; public resolver records.
  'function setSubnodeRecord(bytes32 node, bytes32 label, address owner, address resolver, uint64 ttl)',
  'function setAddr(bytes32 node, address addr)',
  'function setText(bytes32 node, string key, string value)',
]);

/** Registering, renewing and managing a name's records all read as name activity. */
export const NAMING_KINDS: KindTable = Object.fromEntries(
  NAMING_ABI.filter((item) => item.type === 'function').map((item) => [item.name, 'register-name']),
);
