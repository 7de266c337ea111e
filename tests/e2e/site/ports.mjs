// The browser tests' loopback ports. SEXTANT_PORT_OFFSET shifts them all, so two checkouts can run
// their browser tests at once without one reusing the other's servers.
const offset = Number(process.env.SEXTANT_PORT_OFFSET ?? 0);

export const SITE_PORT = 4321 + offset;
// The second local chain calls itself Ethereum (chain 1), so calls to real mainnet contract addresses attribute as they would.
export const RPC_PORTS = { 31337: 18545 + offset, 1: 18546 + offset };
