// `npm run check:contracts`: the generated contract data must equal what the installed address
// books give now. Exits non-zero, naming each file that differs, so a reader or package change that
// was not regenerated cannot pass.
import { isDeepStrictEqual } from 'node:util';
import { GENERATED_FILES } from '../../lib/catalog/generated-contracts';
import { buildContracts } from './readers/build-contracts';

const built = await buildContracts();
const problems: string[] = [];
for (const file of Object.keys(GENERATED_FILES)) if (!built.has(file)) problems.push(`${file}: generated, but no package is read into it`);
for (const [file, data] of built) {
  const stored = GENERATED_FILES[file];
  if (stored === undefined) problems.push(`${file}: read from ${data.source.package}, but not generated`);
  else if (!isDeepStrictEqual(JSON.parse(JSON.stringify(data)), stored)) problems.push(`${file}: differs from ${data.source.package}@${data.source.version}${firstDifference(data, stored)}`);
}
if (problems.length > 0) {
  console.error(`Generated contracts disagree with the address books (run \`npm run generate:contracts\`):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${built.size} generated files equal their address books (${[...built.values()].reduce((n, d) => n + d.contracts.length, 0)} contracts)`);

/** The first row or field that differs, so the message points at the change. */
function firstDifference(data: { source: unknown; contracts: readonly unknown[] }, stored: unknown): string {
  const { source, contracts } = stored as { source: unknown; contracts: readonly unknown[] };
  if (!isDeepStrictEqual(data.source, source)) return `: source ${JSON.stringify(source)}, packages say ${JSON.stringify(data.source)}`;
  const i = data.contracts.findIndex((row, n) => !isDeepStrictEqual(row, contracts[n]));
  if (i === -1) return `: ${contracts.length} rows stored, ${data.contracts.length} read`;
  return `: row ${i} is ${JSON.stringify(contracts[i])}, packages say ${JSON.stringify(data.contracts[i])}`;
}
