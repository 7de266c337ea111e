import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SiteVerdict } from '@/lib/safety/site-verdict';

/** The background's site check for the given page URL, or null until it answers (or when there is no page). */
export function useSiteVerdict(url: string | null): SiteVerdict | null {
  const [verdict, setVerdict] = useState<SiteVerdict | null>(null);
  useEffect(() => {
    if (!url) return;
    let current = true;
    sendMessage('checkSite', { url }).then(
      (v) => current && setVerdict(v),
      (e: unknown) => console.error('site check failed', e),
    );
    return () => void (current = false);
  }, [url]);
  return verdict;
}
