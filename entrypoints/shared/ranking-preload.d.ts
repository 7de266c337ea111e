import type { StoredRecommendations } from '@/lib/storage/recommendation-state';

declare global {
  interface Window {
    /** The stored ranking, being read by ranking-preload.js before the page's modules run (popup only). */
    sextantRanking?: Promise<StoredRecommendations | null>;
  }
}
