/**
 * How many edits (Damerau, optimal string alignment) a name may be from a brand's name and still
 * read as that brand. Short names sit close to many real words ("lido" / "lidl"), so they get
 * an edit only on the brand's own or a crypto suffix; long names tolerate more.
 */
export function editThreshold(brandLength: number, suffixIsBrandLike: boolean, suffixIsBrands: boolean): number {
  if (brandLength <= 3) return 0;
  if (brandLength <= 6) return suffixIsBrandLike ? 1 : 0;
  if (brandLength <= 9) return suffixIsBrands ? 2 : 1;
  return 2;
}
