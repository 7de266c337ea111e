/** Parses a wallet chain id (hex string, decimal string or number) into a safe integer. */
export function parseChainId(value: unknown): number | null {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^0x[0-9a-fA-F]{1,15}$/.test(value)) n = Number.parseInt(value, 16);
  else if (typeof value === 'string' && /^[0-9]{1,16}$/.test(value)) n = Number(value);
  else return null;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
