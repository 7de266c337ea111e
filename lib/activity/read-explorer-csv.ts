import Papa from 'papaparse';
import { parseEther, toHex } from 'viem';
import type { ActivityEvent } from './activity-event';
import { chainFromCurrency, chainFromFileName, ETH_CHAINS } from './explorer-chain';
import { familyForCategory } from '../decode/hints';
import { selectorForMethod } from './explorer-method';
import { MAX_CSV_CHARS } from './import-limits';
import { problem, type Problem } from './problem';
import { readFileEvents, type Rejections } from './read-file-events';


export interface ExplorerCsvOptions {
  /** The chain the user chose; else inferred from the file name, the currency column or the contracts called. */
  chainId?: number;
  fileName?: string;
  /** Whether the catalog knows a contract on a chain: decides between the chains whose coin is ETH. */
  isKnownContract?: (chainId: number, address: string) => boolean;
  /** The category of the dApp owning a contract, which settles method names several protocols share. */
  categoryOf?: (chainId: number, address: string) => string | undefined;
}

export interface ExplorerSkips {
  /** Transactions sent to the address by others: not the user's actions. */
  incoming: number;
  /** Transactions that failed on chain. */
  failed: number;
}

export type ExplorerCsvResult =
  | { ok: true; chainId: number; account: string; events: ActivityEvent[]; rejections: Rejections; skipped: ExplorerSkips }
  | { ok: false; problem: Problem };

type Row = Record<string, string | undefined>;

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const lower = (v: string | undefined) => (v ?? '').trim().toLowerCase();

/** The exporting address: named in the file name (export-0x….csv), else the one in every row. */
function accountOf(rows: readonly Row[], fileName: string | undefined): string | undefined {
  const named = fileName?.match(/0x[0-9a-fA-F]{40}/)?.[0];
  if (named) return named.toLowerCase();
  const seen = new Map<string, number>();
  for (const row of rows) for (const a of new Set([lower(row.From), lower(row.To)])) if (ADDRESS.test(a)) seen.set(a, (seen.get(a) ?? 0) + 1);
  const [best] = [...seen].sort((a, b) => b[1] - a[1]);
  return best && best[1] === rows.length ? best[0] : undefined;
}

function inferChain(rows: readonly Row[], currency: string | undefined, options: ExplorerCsvOptions): number | undefined {
  if (options.chainId !== undefined) return options.chainId;
  const named = options.fileName ? chainFromFileName(options.fileName) : undefined;
  if (named !== undefined) return named;
  const byCoin = currency ? chainFromCurrency(currency) : undefined;
  if (byCoin !== undefined || !options.isKnownContract) return byCoin;
  // ETH is the coin of many chains: take the one on which the catalog knows most of the contracts called.
  const scores = ETH_CHAINS.map((chain) => [chain, rows.filter((r) => ADDRESS.test(lower(r.To)) && options.isKnownContract!(chain, lower(r.To))).length] as const);
  const [best] = [...scores].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : undefined;
}

/** The coin amount as wei in hex; undefined when the column holds something that is not an amount. */
function weiHex(amount: string | undefined): string | undefined {
  try {
    return toHex(parseEther((amount ?? '0').replaceAll(',', '').trim() || '0'));
  } catch {
    return undefined;
  }
}

function timeOf(row: Row): string | undefined {
  const seconds = Number(row.UnixTimestamp);
  const ms = Number.isFinite(seconds) && (row.UnixTimestamp ?? '').trim() !== '' ? seconds * 1000 : Date.parse(`${(row['DateTime (UTC)'] ?? row.DateTime ?? '').trim().replace(' ', 'T')}Z`);
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : undefined;
}

/**
 * Reads an Etherscan-family "Transactions" CSV export (Etherscan, Basescan, Arbiscan, Polygonscan,
 * BscScan…; headers `Txhash` or `Transaction Hash`, `DateTime (UTC)` or `DateTime`, any
 * `Value_OUT(<coin>)`, with or without `Method`). Each transaction the address sent becomes an
 * `eth_sendTransaction` event with no page origin, its method as a bare selector so the decoder can
 * say what it did, and its hash as the outcome, which is its identity: importing the file again
 * adds nothing. Rows then pass the same checks as any imported event.
 */
export function readExplorerCsv(text: string, options: ExplorerCsvOptions = {}): ExplorerCsvResult {
  if (text.length > MAX_CSV_CHARS) return { ok: false, problem: problem('csvTooLarge', Math.round(MAX_CSV_CHARS / 1024 / 1024)) };
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fields = parsed.meta.fields ?? [];
  const hashField = fields.find((f) => f === 'Txhash' || f === 'Transaction Hash');
  const valueOut = fields.find((f) => /^Value_OUT\(.+\)$/.test(f));
  if (!hashField || !fields.includes('From') || !fields.includes('To') || !valueOut || !(fields.includes('UnixTimestamp') || fields.some((f) => f.startsWith('DateTime')))) {
    return { ok: false, problem: problem('csvNotExplorer') };
  }
  const rows = parsed.data;
  const account = accountOf(rows, options.fileName);
  if (!account) return { ok: false, problem: problem('csvNoAccount') };
  const chainId = inferChain(rows, valueOut.slice('Value_OUT('.length, -1), options);
  if (chainId === undefined) return { ok: false, problem: problem('csvChooseChain') };

  const skipped: ExplorerSkips = { incoming: 0, failed: 0 };
  const raw: unknown[] = [];
  // A row whose amount cannot be read is refused with the others, never imported as a zero send.
  let unreadable = 0;
  for (const row of rows) {
    if (lower(row.From) !== account) {
      skipped.incoming++;
      continue;
    }
    if ((row.Status ?? '').trim() !== '' || (row.ErrCode ?? row.ErrMsg ?? '').trim() !== '') {
      skipped.failed++;
      continue;
    }
    const to = lower(row.To);
    const value = weiHex(row[valueOut]);
    if (value === undefined) {
      unreadable++;
      continue;
    }
    const method = (row.Method ?? '').trim();
    // "Transfer" with coins attached is a plain send, which explorers label the same as a token transfer.
    const selector = method === '' || (/^transfer$/i.test(method) && value !== '0x0') ? undefined : selectorForMethod(method, familyForCategory(to ? options.categoryOf?.(chainId, to) : undefined));
    const call = { from: account, ...(to ? { to } : {}), value, ...(selector ? { data: selector } : {}) };
    raw.push({ time: timeOf(row), origin: null, chainId, method: 'eth_sendTransaction', params: [call], outcome: { status: 'ok', txHash: lower(row[hashField]) } });
  }
  const { events, rejections } = readFileEvents(raw);
  // An explorer row is only worth importing with its hash: it is the row's identity.
  const withHash = events.filter((e) => e.outcome.status === 'ok' && e.outcome.txHash);
  rejections.count += events.length - withHash.length + unreadable;
  return { ok: true, chainId, account, events: withHash, rejections, skipped };
}
