import { readFile } from 'node:fs/promises';
import { searchQueriesSchema, similarityPairsSchema } from '../../lib/eval/eval-data';

export async function loadSimilarityPairs(path = 'tests/eval/similarity-pairs.json') {
  return similarityPairsSchema.parse(JSON.parse(await readFile(path, 'utf8'))).pairs;
}

/** Held-out queries, every one in the test split: written before the search changes they report on. */
export const HELD_OUT_SEARCH_QUERIES = 'tests/eval/search-queries-held-out.json';

export async function loadSearchQueries(path = 'tests/eval/search-queries.json') {
  return searchQueriesSchema.parse(JSON.parse(await readFile(path, 'utf8'))).queries;
}
