import { writeFileSync } from 'node:fs';

/** Writes a generated data file with one row per line, so a regeneration's diff shows which entries changed. */
export function writeJsonRows(file: URL, head: Record<string, unknown>, rowsKey: string, rows: readonly unknown[]): void {
  const fields = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`);
  const body = rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  writeFileSync(file, `{\n${fields.join('')}  ${JSON.stringify(rowsKey)}: [\n${body}\n  ]\n}\n`);
}
