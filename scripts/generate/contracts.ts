// Regenerates lib/catalog/data/generated/*.json from the protocols' own npm address books:
// `npm run generate:contracts`. Dev dependencies only; the extension reads the generated files.
import { buildContracts } from './contracts/build-contracts';
import { writeJsonRows } from './write-json-rows';

for (const [file, data] of buildContracts()) {
  writeJsonRows(new URL(`../../lib/catalog/data/generated/${file}.json`, import.meta.url), { source: data.source }, 'contracts', data.contracts);
  console.log(`${file}: ${data.contracts.length} contracts from ${data.source.package}@${data.source.version}`);
}
