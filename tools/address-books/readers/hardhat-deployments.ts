import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContractCollector } from './contract-collector';

/**
 * Adds a hardhat-deploy `deployments/` folder: one folder per network holding its `.chainId` and a
 * JSON file per deployed contract, named after it. Implementations behind a proxy are left out:
 * people only ever call the proxy, which carries the contract's own name.
 */
export function addHardhatDeployments(out: ContractCollector, dir: string, dappId: string, label: (name: string) => string | null): void {
  for (const network of readdirSync(dir)) {
    const chainFile = path.join(dir, network, '.chainId');
    if (!existsSync(chainFile)) continue;
    const chainId = readFileSync(chainFile, 'utf8').trim();
    for (const file of readdirSync(path.join(dir, network)).filter((f) => f.endsWith('.json'))) {
      const name = file.slice(0, -'.json'.length);
      if (/_Implementation$|_Proxy$/.test(name)) continue;
      const text = label(name);
      if (!text) continue;
      const { address } = JSON.parse(readFileSync(path.join(dir, network, file), 'utf8')) as { address?: unknown };
      out.add(chainId, address, dappId, text);
    }
  }
}
