// Regenerates lib/catalog/data/generated/*.json from the protocols' own npm address books, and the
// module that imports them: `npm run generate:contracts`. The books are this tool's dependencies;
// the extension only reads the generated files.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildContracts } from './readers/build-contracts';
import { generatedIndexModule } from './generated-index-module';
import { writeJsonRows } from '../../scripts/generate/write-json-rows';

const dir = new URL('../../lib/catalog/data/generated/', import.meta.url);
const built = await buildContracts();
// A package that is no longer read leaves no stale file behind.
for (const name of readdirSync(dir)) if (name.endsWith('.json') && !built.has(name.slice(0, -'.json'.length))) rmSync(new URL(name, dir));
for (const [file, data] of built) {
  writeJsonRows(new URL(`${file}.json`, dir), { source: data.source }, 'contracts', data.contracts);
  console.log(`${file}: ${data.contracts.length} contracts from ${data.source.package}@${data.source.version}`);
}
writeFileSync(new URL('index.ts', dir), generatedIndexModule([...built.keys()]));
console.log(`${[...built.values()].reduce((n, d) => n + d.contracts.length, 0)} contracts in ${built.size} files`);
