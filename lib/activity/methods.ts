/** Wallet methods Sextant records: connects, transactions, signatures, chain changes and watched assets. */
export const RECORDED_METHODS = [
  'eth_requestAccounts',
  'wallet_requestPermissions',
  'eth_sendTransaction',
  'wallet_sendCalls',
  'personal_sign',
  'eth_sign',
  'eth_signTypedData',
  'eth_signTypedData_v3',
  'eth_signTypedData_v4',
  'wallet_switchEthereumChain',
  'wallet_addEthereumChain',
  'wallet_watchAsset',
] as const;

export type RecordedMethod = (typeof RECORDED_METHODS)[number];

const RECORDED: ReadonlySet<string> = new Set(RECORDED_METHODS);

export function isRecordedMethod(method: unknown): method is RecordedMethod {
  return typeof method === 'string' && RECORDED.has(method);
}
