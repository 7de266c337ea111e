import { useEffect, useState } from 'react';

/** The http(s) origin of the tab the popup was opened over, or null. Needs only `activeTab`. */
export function useActiveSite(): string | null {
  const [site, setSite] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (!tab?.url) return;
      const url = new URL(tab.url);
      if (url.protocol === 'https:' || url.protocol === 'http:') setSite(url.origin);
    });
  }, []);
  return site;
}
