import { isKnownChain } from './chains';
import type { GeneratedRow } from './generated-contracts-schema';
import { sourceSchema } from '../tokens/token-data-schema';

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const DAPP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class GeneratedContractsError extends Error {
  constructor(file: string, detail: string) {
    super(`Generated contract file ${file} is malformed: ${detail}`);
    this.name = 'GeneratedContractsError';
  }
}

const isRow = (row: unknown): row is GeneratedRow =>
  Array.isArray(row) &&
  row.length === 4 &&
  Number.isInteger(row[0]) &&
  isKnownChain(row[0] as number) &&
  typeof row[1] === 'string' &&
  ADDRESS.test(row[1]) &&
  typeof row[2] === 'string' &&
  DAPP_ID.test(row[2]) &&
  typeof row[3] === 'string' &&
  row[3].length >= 1 &&
  row[3].length <= 80;

/**
 * A generated file's rows, checked at load the way generatedContractsSchema checks them except for
 * the EIP-55 checksum (a keccak per row) and without a schema parse per row: with thousands of rows
 * a per-row zod parse took most of the lookup's build time in a waking service worker. Generation
 * and the tests run the full schema.
 */
export function checkGeneratedFile(name: string, file: unknown): GeneratedRow[] {
  if (typeof file !== 'object' || file === null) throw new GeneratedContractsError(name, 'not an object');
  const { source, contracts } = file as { source?: unknown; contracts?: unknown };
  if (!sourceSchema.safeParse(source).success) throw new GeneratedContractsError(name, 'missing or invalid source');
  if (!Array.isArray(contracts)) throw new GeneratedContractsError(name, 'contracts is not a list');
  const bad = contracts.findIndex((row) => !isRow(row));
  if (bad >= 0) throw new GeneratedContractsError(name, `row ${bad} is not [known chain id, address, dApp id, label]`);
  return contracts as GeneratedRow[];
}
