import { isKnownChain } from '../../lib/catalog/chains';

/** A command-line option that must be a positive whole number. */
export function positiveInt(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${flag} must be a positive whole number, got "${value}"`);
  return n;
}

/** `--chain ID` for explorer CSVs: a chain Sextant knows, or undefined to let the file say. */
export function chainOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = positiveInt(value, '--chain');
  if (!isKnownChain(n)) throw new Error(`--chain ${n} is not a chain Sextant knows`);
  return n;
}
