import { formatUnits } from 'viem';

/**
 * A token amount in base units, worded for people in a locale: "1,000" (en), "1.000" (id), two
 * decimals from 1 up, up to six significant digits below, and "< 0.000001" for dust. Intl formats
 * the decimal string itself, so large amounts keep every digit.
 */
export function formatAmount(raw: bigint, decimals: number, locale?: string): string {
  const text = formatUnits(raw, decimals);
  const small = raw !== 0n && Number(text) < 1;
  if (small && Number(text) < 1e-6) return `< ${new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(0.000001)}`;
  const format = new Intl.NumberFormat(locale, small ? { maximumSignificantDigits: 6 } : { maximumFractionDigits: 2 });
  // Intl.NumberFormat takes decimal strings exactly, but its types only name number and bigint.
  return format.format(text as unknown as number);
}
