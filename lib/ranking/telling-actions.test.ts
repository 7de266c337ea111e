import { describe, expect, it } from 'vitest';
import { actionWording } from './telling-actions';

describe('actionWording', () => {
  it('reads a perps or options order as trading and a prediction-market order as a bet, not a swap', () => {
    expect(actionWording('perps', 'swap')).toBe('trade');
    expect(actionWording('options', 'swap')).toBe('trade');
    expect(actionWording('prediction-market', 'swap')).toBe('bet');
    expect(actionWording('dex', 'swap')).toBe('swap');
    expect(actionWording('lending', 'supply')).toBe('supply');
  });
  it('reads a deposit outside a lending market as a deposit, not lending', () => {
    expect(actionWording('cdp-stablecoin', 'supply')).toBe('deposit');
    expect(actionWording('yield', 'supply')).toBe('deposit');
    expect(actionWording('rwa', 'supply')).toBe('deposit');
  });
});
