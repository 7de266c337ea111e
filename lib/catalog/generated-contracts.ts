import { GENERATED_FILES } from './data/generated/index';
import { checkGeneratedFile } from './generated-contracts-check';
import type { GeneratedRow } from './generated-contracts-schema';

export { GENERATED_FILES };

let cached: GeneratedRow[] | undefined;

/**
 * Every generated contract, checked once per process. A file that fails the check throws: it is
 * generated and checked in the tests, so a failure here is a build defect to surface, not input to skip.
 */
export function generatedContracts(): readonly GeneratedRow[] {
  return (cached ??= Object.entries(GENERATED_FILES).flatMap(([name, file]) => checkGeneratedFile(name, file)));
}
