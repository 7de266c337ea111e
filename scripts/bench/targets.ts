import type { CaptureFigures } from './bench-capture';
import type { FirstRunFigures } from './bench-first-run';
import type { ObserverOverheadFigures } from './bench-observer';
import type { RankingFigures } from './bench-ranking';
import type { SizeFigures } from './bench-size';
import type { StorageFigures } from './bench-storage';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

/** The targets, compared with what was measured (reported, never asserted). */
export function targets(report: { ranking: RankingFigures[]; capture: CaptureFigures[]; observer: ObserverOverheadFigures[]; storage: StorageFigures; firstRun: FirstRunFigures; size: SizeFigures }): TargetCheck[] {
  const at10k = report.ranking.find((r) => r.size === 10_000);
  const worstCapture = Math.max(...report.capture.map((c) => c.addedMicrosecondsPerCall));
  const checks: TargetCheck[] = [];
  if (at10k) {
    checks.push({ target: 'ranking at 10,000 dApps within 2× of the memory-read baseline', measured: `${at10k.rankingVsMemoryRead}×`, met: at10k.rankingVsMemoryRead <= 2 });
    if (at10k.orama) checks.push({ target: 'top-k at 10,000 faster than Orama', measured: `${at10k.topKVsOrama}× Orama's time`, met: (at10k.topKVsOrama ?? 9) < 1 });
  }
  checks.push({ target: 'capture adds under 0.2 ms per request', measured: `${worstCapture} µs (worst method)`, met: worstCapture < 200 });
  for (const [what, pick] of [['call path', 'callPath'], ['main-thread time, deferred work included', 'mainThread']] as const) {
    const worst = Math.max(...report.observer.map((o) => o[pick].addedMicrosecondsPerCall));
    checks.push({ target: `observer adds at most tens of µs per call (${what}), also with 5 MB params`, measured: `${worst} µs (worst case)`, met: worst < 100 });
  }
  checks.push({ target: `popup shows recommendations within 100 ms (${report.storage.popup.events} events stored)`, measured: `${report.storage.popup.median} ms median`, met: report.storage.popup.median <= 100 });
  const { installToStarter, installToPersonalised } = report.firstRun;
  checks.push({ target: 'install → starter list within 1 s (shown in a popup opened at once)', measured: `${installToStarter.median} ms median`, met: installToStarter.median <= 1000 });
  checks.push({ target: 'install → personalised list within 3 s (activity imported at once)', measured: `${installToPersonalised.median} ms median`, met: installToPersonalised.median <= 3000 });
  checks.push({ target: 'zipped extension under 20 MB, model included', measured: `${report.size.zipMb} MB`, met: report.size.zipMb < 20 });
  return checks;
}
