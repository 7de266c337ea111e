// Reading values of unknown shape (page params, imported files) without throwing.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or an empty one. */
export function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** A 0x address, lower-cased; undefined for anything else. */
export function lowerAddress(value: unknown): string | undefined {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value) ? value.toLowerCase() : undefined;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A uint carried as a bigint, a safe integer, or a decimal or hex string; undefined for anything else. */
export function bigintOf(value: unknown): bigint | undefined {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^(0x[0-9a-fA-F]{1,64}|[0-9]{1,78})$/.test(value)) return BigInt(value);
  return undefined;
}

/** A Unix time in seconds that a JS Date can hold; 0 and the far future (uint48 max, "never") read as none. */
export function unixSeconds(value: unknown): number | undefined {
  const n = bigintOf(value);
  return n !== undefined && n > 0n && n < 8_640_000_000_000n ? Number(n) : undefined;
}
