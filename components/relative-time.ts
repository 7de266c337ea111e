/** "3 min ago" in the user's language, from the browser's own Intl data. */
export function relativeTime(time: number, now: number, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // A stored time that is not a number (a row from before times were checked) reads as "now" rather than throwing.
  const seconds = Number.isFinite(time - now) ? Math.round((time - now) / 1000) : 0;
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60]];
  for (const [unit, size] of steps) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(seconds, 'second');
}
