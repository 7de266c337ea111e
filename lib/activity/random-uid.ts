/** A random id; crypto.randomUUID exists only in secure contexts, and wallets also run on plain http pages. */
export function randomUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
