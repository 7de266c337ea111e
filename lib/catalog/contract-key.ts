/**
 * The key attribution uses for a contract: `${chainId}:${lower-case address}`. Lower-casing the
 * whole key yields a flat string, which a Map hashes several times faster than a concatenation
 * (it mattered when indexing thousands of generated contracts).
 */
export const contractKey = (chainId: number, address: string) => `${chainId}:${address}`.toLowerCase();
