// Regenerates lib/tokens/data/tokens.json from the installed token-list packages:
// `npm run generate:tokens`. Dev dependencies only; the extension reads the generated file.
import { buildTokenData } from './build-token-data';
import { writeJsonRows } from './write-json-rows';

const data = buildTokenData();
writeJsonRows(new URL('../../lib/tokens/data/tokens.json', import.meta.url), { sources: data.sources }, 'tokens', data.tokens);
console.log(`tokens: ${data.tokens.length} from ${data.sources.map((s) => `${s.package}@${s.version}`).join(', ')}`);
