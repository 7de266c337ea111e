/** Wallet methods Sextant records, grouped by what they say about the user. */
export const RECORDED_METHODS = {
  eth_requestAccounts: 'connect',
  wallet_requestPermissions: 'connect',
  eth_sendTransaction: 'transaction',
  wallet_sendCalls: 'transaction',
  personal_sign: 'signature',
  eth_sign: 'signature',
  eth_signTypedData: 'signature',
  eth_signTypedData_v3: 'signature',
  eth_signTypedData_v4: 'signature',
  wallet_switchEthereumChain: 'chain',
  wallet_addEthereumChain: 'chain',
  wallet_watchAsset: 'asset',
} as const;

export type RecordedMethod = keyof typeof RECORDED_METHODS;

export function isRecordedMethod(method: unknown): method is RecordedMethod {
  return typeof method === 'string' && Object.hasOwn(RECORDED_METHODS, method);
}
