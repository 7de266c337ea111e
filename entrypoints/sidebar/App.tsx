import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n';
import { RecommendationList } from '@/components/recommendation-list';
import { SidebarHandle } from '@/components/sidebar-handle';
import { SiteActionList } from '@/components/site-action-list';
import { SiteIdentity } from '@/components/site-identity';
import { SiteVerdict } from '@/components/site-verdict';
import { chainName } from '@/lib/catalog/chains';
import { sendMessage } from '@/lib/messaging/protocol';
import { relatedRecommendations } from '@/lib/sidebar/related-recommendations';
import { recommendationViews } from '../shared/recommendation-views';
import { reportFailure } from '../shared/report-failure';
import { useSidebarContext } from './use-sidebar-context';
import { useSidebarData } from './use-sidebar-data';

const warn = (what: string) => (e: unknown) => console.warn(`Sextant: ${what}`, e);

export function App() {
  const t = useT();
  const { context, failed } = useSidebarContext();
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const open = expanded ?? context?.expanded ?? false;
  const { actions, recommendations, reloadRecommendations } = useSidebarData(context?.tabId ?? null);
  const handleRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  // Redraw at once through this tab's own content script (the background may be busy ranking), then let the background remember it for the site.
  function relayout(show: boolean, next: boolean) {
    if (!context) return;
    const layout = { show, expanded: next, alert: context.check.verdict === 'lookalike' || context.check.verdict === 'phishing' };
    sendMessage('applySidebarLayout', layout, { tabId: context.tabId, frameId: 0 }).catch(warn('could not redraw the sidebar'));
  }
  function toggle(next: boolean) {
    moved.current = true;
    setExpanded(next);
    relayout(true, next);
    sendMessage('setSidebarExpanded', next).catch(warn('could not remember the sidebar state'));
  }
  function hideHere() {
    // The background hears it first: a message this frame sent just before the frame is removed may
    // never arrive (a loaded machine lost the choice). Its answer is drawn at once here too.
    sendMessage('hideSidebarHere').then(() => relayout(false, false), reportFailure('turning the sidebar off here'));
  }

  // Keyboard users keep their place: focus follows the toggle, never on first paint.
  useEffect(() => {
    if (moved.current) (open ? closeRef : handleRef).current?.focus();
  }, [open]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && open) toggle(false);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  if (failed) return <p className="error" role="alert">{t('sidebarUnavailable')}</p>;
  if (!context) return null;
  const alert = context.check.verdict === 'lookalike' || context.check.verdict === 'phishing';
  if (!open) return <SidebarHandle ref={handleRef} alert={alert} onOpen={() => toggle(true)} />;

  const host = new URL(context.origin).host;
  const site = context.dapp ? { id: context.dapp.id, categories: [context.dapp.category, ...context.dapp.secondary] } : null;
  const ranked = recommendations?.stored && recommendationViews(t, recommendations.stored, recommendations.liked, recommendations.stored.items.length);
  const recs = ranked && relatedRecommendations(ranked, site);
  return (
    <main className="sidebar" aria-label={t('sidebarTitle')}>
      <header>
        <p className="brand">Sextant</p>
        <button type="button" className="link" onClick={hideHere}>
          {t('sidebarHideHere')}
        </button>
        <button ref={closeRef} type="button" className="close" aria-expanded="true" aria-label={t('sidebarClose')} title={t('sidebarClose')} onClick={() => toggle(false)}>
          <span aria-hidden="true">›</span>
        </button>
      </header>
      <SiteVerdict verdict={context.check} dappName={(context.dapp ?? context.resembles)?.name ?? null} />
      <SiteIdentity dapp={context.dapp} host={host} chainName={chainName} />
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('sidebarYourActions')}</h2>
        {actions ? (
          <SiteActionList rows={actions.map((a) => ({ ...a, chain: a.chainId === null ? null : chainName(a.chainId) }))} now={Date.now()} />
        ) : (
          <progress aria-label={t('working')} />
        )}
      </section>
      <section aria-labelledby="related-title" data-refining={recommendations?.stored?.refining || undefined}>
        <h2 id="related-title">{t('sidebarRelated')}</h2>
        {recs ? (
          <RecommendationList items={recs} onFeedback={(action) => sendMessage('sendFeedback', action).then(reloadRecommendations, warn('feedback not saved'))} />
        ) : (
          <p className="muted">{t('recComputing')}</p>
        )}
      </section>
      <footer>
        <a href={browser.runtime.getURL('/newtab.html')} target="_blank" rel="noreferrer">{t('sidebarMoreInNewTab')}</a>
      </footer>
    </main>
  );
}
