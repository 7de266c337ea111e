import { describe, expect, it } from 'vitest';
import { formatAmount } from './format-amount';

describe('formatAmount', () => {
  it('groups thousands by locale and applies decimals', () => {
    expect(formatAmount(1_000_000_000n, 6, 'en')).toBe('1,000');
    expect(formatAmount(1_000_000_000n, 6, 'id')).toBe('1.000');
    expect(formatAmount(1_234_567_891n, 6, 'en')).toBe('1,234.57');
  });

  it('keeps every digit of amounts beyond a double’s precision', () => {
    expect(formatAmount(123_456_789_012_345_678_901_234_567n, 18, 'en')).toBe('123,456,789.01');
  });

  it('shows small amounts by significant digits and dust as a bound', () => {
    expect(formatAmount(1_234_567_000_000_000n, 18, 'en')).toBe('0.00123457');
    expect(formatAmount(1n, 18, 'en')).toBe('< 0.000001');
    expect(formatAmount(0n, 6, 'en')).toBe('0');
  });
});
