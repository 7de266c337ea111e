/**
 * Picks `count` recommendations for the sidebar from the person's ranking: those in the site's own
 * categories first (what else people who use this kind of dApp use), then the rest, each group in
 * ranking order. The site's own dApp is never among them.
 */
export function relatedRecommendations<T extends { id: string; category: string }>(
  ranked: readonly T[],
  site: { id: string; categories: readonly string[] } | null,
  count = 3,
): T[] {
  const others = ranked.filter((r) => r.id !== site?.id);
  const related = others.filter((r) => site?.categories.includes(r.category));
  return [...related, ...others.filter((r) => !related.includes(r))].slice(0, count);
}
