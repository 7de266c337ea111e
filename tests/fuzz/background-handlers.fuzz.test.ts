import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import background from '../../entrypoints/background';
import { DROP_REASONS } from '../../lib/activity/drop-reasons';
import { isEventTime } from '../../lib/activity/event-time';
import { isWebOrigin } from '../../lib/activity/is-web-origin';
import { dappSchema } from '../../lib/catalog/dapp-schema';
import { classifySender } from '../../lib/messaging/classify-sender';
import { MESSAGES, type MessageName, type SenderKind } from '../../lib/messaging/messages';
import type { SettingDefinition } from '../../lib/settings/define-setting';
import { decodeSetting } from '../../lib/settings/read-setting';
import { SETTINGS, USER_SETTINGS } from '../../lib/settings/registry';
import { openDb, type SextantDb } from '../../lib/storage/schema';
import { FUZZ_RUNS } from './fuzz-runs';
import { hostileValue, observationLike } from './hostile-values';

const EXT = browser.runtime.getURL('/');
const ID = browser.runtime.id;
const APP = 'https://app.uniswap.org';
const TAB = 7;

// Senders as the browser would report them: Sextant's own pages, its sidebar and content script, and
// everyone it must refuse (another extension, a web page, a frame of another site, no tab, nothing).
const SENDERS = {
  page: { id: ID, url: `${EXT}popup.html` },
  sidebar: { id: ID, url: `${EXT}sidebar.html`, tab: { id: TAB, url: `${APP}/swap` }, frameId: 2 },
  content: { id: ID, url: `${APP}/swap`, origin: APP, tab: { id: TAB, url: `${APP}/swap` }, frameId: 0 },
  otherExtension: { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' },
  webPageNoTab: { id: ID, url: 'https://evil.example/' },
  otherFrame: { id: ID, url: 'https://evil.example/frame', origin: 'https://evil.example', tab: { id: TAB, url: `${APP}/swap` }, frameId: 3 },
  extensionPageInWebTab: { id: ID, url: `${EXT}popup.html`, tab: { id: TAB, url: `${APP}/swap` } },
  sidebarNoTab: { id: ID, url: `${EXT}sidebar.html` },
  opaqueOrigin: { id: ID, url: 'https://evil.example/', origin: 'null', tab: { id: TAB } },
  nothing: {},
};
// Who each of them is, written out rather than asked of classifySender, so the dispatcher's check is tested against it.
const KIND: Map<unknown, SenderKind | null> = new Map([
  [SENDERS.page, 'page'],
  [SENDERS.sidebar, 'sidebar'],
  [SENDERS.content, 'content'],
  ...[SENDERS.otherExtension, SENDERS.webPageNoTab, SENDERS.sidebarNoTab, SENDERS.nothing].map((s) => [s, null] as const),
  [SENDERS.otherFrame, 'content'],
  [SENDERS.extensionPageInWebTab, null],
  [SENDERS.opaqueOrigin, 'content'],
]);
const sender = fc.oneof(fc.constantFrom(...Object.values(SENDERS)), fc.record({ id: fc.oneof(fc.constant(ID), fc.string()), url: fc.oneof(fc.constant(EXT), fc.string(), hostileValue), tab: hostileValue, frameId: hostileValue }, { requiredKeys: [] }));

const dappId = fc.constantFrom('uniswap', 'aave', 'no-such-dapp', 'Uniswap', '__proto__');
const webOrigin = fc.constantFrom(APP, 'https://app.aave.com', 'http://localhost:3000', 'javascript:alert(1)', 'https://\u202Eevil.example', '');
/** Inputs near each message's schema, so the handlers behind the checks run too (hostile ones reach only the checks). */
const NEAR_VALID: Partial<Record<MessageName, fc.Arbitrary<unknown>>> = {
  recordObservations: fc.record({ origin: fc.oneof(fc.constant(APP), webOrigin), observations: fc.array(observationLike, { maxLength: 8 }), drops: fc.oneof(fc.constant({}), fc.dictionary(fc.constantFrom(...DROP_REASONS), fc.integer({ min: 0, max: 5 }))), relay: fc.option(fc.constantFrom('a'.repeat(32), 'b'.repeat(32)), { nil: undefined }) }),
  setPaused: fc.oneof(fc.record({ scope: fc.constant('global'), paused: fc.boolean() }), fc.record({ scope: fc.constant('origin'), origin: webOrigin, paused: fc.boolean() })),
  importActivityBatch: fc.record({ offset: fc.oneof(fc.nat(), hostileValue), events: fc.array(fc.oneof(observationLike, fc.record({ time: fc.constantFrom('2026-01-01T00:00:00.000Z', '+011476-01-01T00:00:00Z'), origin: webOrigin, chainId: fc.constantFrom(1, null, -1), method: fc.constantFrom('eth_sendTransaction', 'personal_sign'), params: fc.array(hostileValue, { maxLength: 2 }) })), { maxLength: 4 }) }),
  importExplorerCsv: fc.record({ text: fc.oneof(fc.string(), fc.constant('"Txhash","Blockno"\n"0x1","2"')), fileName: fc.string(), chainId: fc.option(fc.integer(), { nil: undefined }) }, { requiredKeys: [] }),
  importCatalog: fc.oneof(fc.string(), fc.json(), fc.array(fc.record({ name: fc.constantFrom('Uniswap', 'Evil\u202Epaws', 'Fine'), url: fc.constantFrom('https://uniswap-claim.example', 'https://fine.example'), category: fc.constantFrom('Dexs', 'Lending'), chains: fc.constant(['Ethereum']), description: fc.string({ minLength: 20 }) })).map((a) => JSON.stringify(a))),
  setCatalogRefresh: fc.record({ enabled: fc.constant(false), url: fc.oneof(fc.constant('https://api.llama.fi/protocols'), fc.string()) }),
  sendFeedback: fc.oneof(fc.record({ kind: fc.constantFrom('like', 'not-interested', 'already-use', 'undo'), dappId }), fc.record({ kind: fc.constantFrom('hide-category', 'undo'), category: fc.constantFrom('dex', 'lending', 'nope') })),
  setHalfLife: fc.oneof(fc.integer({ min: -5, max: 4000 }), fc.double()),
  setChains: fc.oneof(fc.constant('all'), fc.array(fc.oneof(fc.constantFrom(1, 10, 8453), fc.integer()), { maxLength: 4 })),
  setNewTabEnabled: fc.boolean(),
  reportError: fc.record({ where: fc.string({ maxLength: 120 }), message: fc.string({ maxLength: 600 }), problem: fc.option(fc.constantFrom('storageQuota', 'nope'), { nil: undefined }) }),
  checkSite: fc.record({ url: fc.oneof(fc.webUrl(), fc.string(), webOrigin) }),
  setSidebarExpanded: fc.boolean(),
  setSidebar: fc.oneof(fc.record({ scope: fc.constant('global'), off: fc.boolean() }), fc.record({ scope: fc.constant('origin'), origin: webOrigin, off: fc.boolean() })),
  setModel: fc.constantFrom('Xenova/all-MiniLM-L6-v2', '../../etc', ''),
  search: fc.record({ query: fc.string({ maxLength: 20 }), top: fc.option(fc.integer(), { nil: undefined }) }),
};
const NAMES = Object.keys(MESSAGES) as MessageName[];
const message = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES).chain((name) => fc.tuple(fc.constant<string>(name), NEAR_VALID[name] ? fc.oneof(NEAR_VALID[name], hostileValue) : hostileValue)) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty'), fc.string()), hostileValue) },
);

/** Errors a handler is designed to answer with (the checks in handle.ts, and refusals the handlers word themselves). */
const DESIGNED = [/: not allowed from this sender$/, /: invalid input \(/, /^not a sidebar on a known tab$/, /^only a page's top frame has a sidebar$/, /^the catalog refresh is off$/, /^no model folder named /, /^not valid JSON: /, /^expected DefiLlama’s \/protocols list/];
// What Node lacks: the extension's packaged model files (fetched from the extension's own URL) and
// tabs.sendMessage into a tab's frames. Only these handlers may meet that, and only past the checks.
const NEEDS_BROWSER: Partial<Record<MessageName, RegExp>> = {
  prepareModel: /fetch failed/,
  listModels: /fetch failed/,
  setModel: /fetch failed/,
  search: /fetch failed/,
  setSidebarExpanded: /tabs.sendMessage not implemented/,
  hideSidebarHere: /tabs.sendMessage not implemented/,
};

type Answer = { res?: unknown; err?: { message?: string } } | undefined;

/** Delivers one message the way the browser does, to whatever listeners the background registered. */
async function dispatch(type: string, data: unknown, from: unknown): Promise<Answer> {
  let answer: (a: Answer) => void = () => {};
  const answered = new Promise<Answer>((resolve) => (answer = resolve));
  // The browser calls listeners with (message, sender, sendResponse); the fake's types name only two.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const kept = await trigger({ id: 1, type, data, timestamp: Date.now() }, from, answer);
  // A listener that returns true answers later; otherwise nobody took the message.
  return (kept as unknown[]).some((k) => k === true) ? answered : undefined;
}

/** What the user owns, to compare before and after a refused message. */
const owned = async (db: SextantDb) =>
  JSON.stringify([await db.events.orderBy('id').toArray(), await db.catalogImports.toArray(), await db.drops.toArray(), await db.settings.where('key').anyOf(Object.values(USER_SETTINGS).map((d) => d.key)).toArray()]);

let db: SextantDb;
beforeAll(async () => {
  background.main();
  db = openDb('sextant');
  await db.open();
});

describe('background handler fuzzing', () => {
  it('every declared message, from any sender with any input: only designed refusals, a refusal changes nothing, nothing malformed is stored', async () => {
    // Something stored beforehand, through the handlers themselves.
    expect(await dispatch('recordObservations', { origin: APP, observations: [{ type: 'request', uid: 'f'.repeat(32), time: Date.now() - 1000, method: 'eth_sendTransaction', params: [], chainId: 1 }], drops: {} }, SENDERS.content)).toEqual({ res: undefined });
    expect(await dispatch('sendFeedback', { kind: 'like', dappId: 'aave' }, SENDERS.page)).toEqual({ res: undefined });
    expect(await dispatch('sidebarLayout', undefined, SENDERS.content)).toMatchObject({ res: { show: expect.any(Boolean) } });

    const refused: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(message, sender, async ([type, data], from) => {
        const before = await owned(db);
        const answer = await dispatch(type, data, from);
        // An undeclared name reaches no handler. (@webext-core/messaging looks names up in a plain
        // object, so `__proto__` or `constructor` gets an odd answer, but touches nothing.)
        if (!Object.hasOwn(MESSAGES, type)) return void expect(await owned(db)).toBe(before);
        const spec = MESSAGES[type as MessageName];
        const kind = KIND.has(from) ? KIND.get(from) : classifySender(from as Parameters<typeof classifySender>[0], ID, EXT);
        const mayPass = kind != null && ([] as readonly string[]).concat(spec.from).includes(kind) && spec.input.safeParse(data).success;
        const error = answer?.err?.message;
        // Messages for a tab's content scripts have no listener here; everything else is answered.
        if (spec.from === 'background' || type === 'pageOrigin') return void expect(answer).toBeUndefined();
        expect(answer).toBeDefined();
        if (!mayPass) expect(error, `${type} from a ${String(kind)} sender was let through`).toMatch(/: (not allowed from this sender|invalid input \()/);
        if (answer === undefined || error === undefined) return;
        const gate = DESIGNED.slice(0, 2).some((r) => r.test(error));
        const designed = DESIGNED.some((r) => r.test(error)) || NEEDS_BROWSER[type as MessageName]?.test(error) === true;
        expect(designed, `${type} answered ${error}`).toBe(true);
        if (gate) {
          refused[type] = (refused[type] ?? 0) + 1;
          expect(await owned(db), `${type} changed stored data though refused`).toBe(before);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(Object.keys(refused).length).toBeGreaterThan(5);

    for (const e of await db.events.toArray()) {
      expect(isEventTime(e.time)).toBe(true);
      expect(isWebOrigin(e.origin ?? '')).toBe(true);
    }
    for (const d of await db.catalogImports.toArray()) expect(dappSchema.safeParse(d).success).toBe(true);
    for (const row of await db.drops.toArray()) {
      expect(DROP_REASONS).toContain(row.reason);
      expect(Number.isSafeInteger(row.count) && row.count > 0).toBe(true);
    }
    for (const definition of Object.values(SETTINGS) as SettingDefinition[]) expect(decodeSetting(definition, await db.settings.get(definition.key)).fault, definition.key).toBeUndefined();
  });
});
