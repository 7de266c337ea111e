import type { StoredRecommendations } from './recommendation-state';

/**
 * The stored ranking read with IndexedDB's own API, so a page can ask for it before its scripts
 * (and Dexie) have loaded. Reads the row `readRecommendations` reads (table `settings`, key
 * `recommendations`); never creates or upgrades the database: null when it is not there yet.
 */
export function readRecommendationsRaw(factory: IDBFactory, name = 'sextant'): Promise<StoredRecommendations | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    // No database yet: opening without a version would create one at version 1, under Dexie's feet.
    request.onupgradeneeded = () => request.transaction!.abort();
    request.onerror = (event) => {
      // The abort above lands here; that is "nothing stored", not a failure.
      if (request.error?.name === 'AbortError') {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error(`opening ${name} failed`));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('settings')) {
        db.close();
        return resolve(null);
      }
      const get = db.transaction('settings', 'readonly').objectStore('settings').get('recommendations');
      get.onsuccess = () => {
        db.close();
        resolve((get.result as { value?: StoredRecommendations } | undefined)?.value ?? null);
      };
      get.onerror = () => {
        db.close();
        reject(get.error ?? new Error('reading the stored ranking failed'));
      };
    };
  });
}
