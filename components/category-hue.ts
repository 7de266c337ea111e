// A hue per category, spread around the wheel so neighbouring kinds of dApp look different.
const HUES: Record<string, number> = {
  dex: 220, 'dex-aggregator': 200, lending: 150, 'liquid-staking': 265, restaking: 285, 'cdp-stablecoin': 175,
  yield: 95, perps: 5, options: 330, bridge: 30, 'nft-marketplace': 310, 'nft-mint': 345, gaming: 50,
  social: 190, governance: 240, 'prediction-market': 15, naming: 130, payments: 160, rwa: 40,
  'portfolio-tools': 210, 'security-tools': 0, launchpad: 70,
};

/** The monogram hue for a category; an unknown category still gets a stable hue from its name. */
export function categoryHue(category: string): number {
  const known = HUES[category];
  if (known !== undefined) return known;
  let h = 0;
  for (const c of category) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}
