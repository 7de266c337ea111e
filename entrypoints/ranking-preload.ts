import { readRecommendationsRaw } from '@/lib/storage/read-recommendations-raw';

// A classic script the popup's HTML runs as soon as it is parsed: the stored ranking is read while
// the page's modules (React, Dexie) still load, so the first paint need not wait for both in turn.
export default defineUnlistedScript(() => {
  window.sextantRanking = readRecommendationsRaw(indexedDB);
});
