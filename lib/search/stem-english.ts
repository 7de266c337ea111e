/**
 * A light English stemmer for matching word forms, not a linguistic one: lending/lend, swaps/swap,
 * staking/stake, bridged/bridge and tokenized/tokenize meet on one form. Short words only lose a
 * plural s (nfts, daos), so symbols and names (usdc, gmx, aave) are not cut.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 4) return word.length === 4 && /[^su]s$/.test(word) ? word.slice(0, -1) : word;
  let w = word;
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  // staking → stak and stake → stak; also a doubled last letter: swapping → swapp → swap.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.length > 4 && w.at(-1) === w.at(-2) && !'lsz'.includes(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}
