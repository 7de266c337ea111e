import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/** ENS .eth registrar controllers (2019, 2023 name-wrapper, 2025 referrer versions) and Basenames. */
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
]);

export const NAMING_KINDS: KindTable = Object.fromEntries(
  NAMING_ABI.filter((item) => item.type === 'function').map((item) => [item.name, 'register-name']),
);
