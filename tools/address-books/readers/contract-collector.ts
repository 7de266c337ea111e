import { getAddress, isAddress } from 'viem';
import { isKnownChain } from '../../../lib/catalog/chains';
import type { GeneratedRow } from '../../../lib/catalog/generated-contracts-schema';

/**
 * Gathers one package's contracts: keeps only chains Sextant knows and real addresses (not the
 * zero address), checksums them, and keeps the first label seen for a contract.
 */
export class ContractCollector {
  private readonly rows = new Map<string, GeneratedRow>();

  add(chainId: number | string, address: unknown, dappId: string, label: string): void {
    const chain = Number(chainId);
    if (!isKnownChain(chain) || typeof address !== 'string' || !isAddress(address, { strict: false })) return;
    if (/^0x0{40}$/i.test(address) || /^0xe{40}$/i.test(address)) return;
    const key = `${chain}:${address.toLowerCase()}`;
    if (!this.rows.has(key)) this.rows.set(key, [chain, getAddress(address), dappId, label.slice(0, 80)]);
  }

  sorted(): GeneratedRow[] {
    return [...this.rows.values()].sort((a, b) => a[0] - b[0] || a[1].toLowerCase().localeCompare(b[1].toLowerCase()));
  }
}
