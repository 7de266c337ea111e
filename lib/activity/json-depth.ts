/**
 * Whether a parsed JSON value nests at most `max` arrays/objects deep. Stops at the first level
 * too deep, so a forged value 5,000 deep costs little; the browser refuses to pass such values
 * between extension contexts at all (about 100 levels), which made a batch that held one unsendable.
 */
export function withinDepth(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (max <= 0) return false;
  for (const child of Object.values(value)) if (!withinDepth(child, max - 1)) return false;
  return true;
}
