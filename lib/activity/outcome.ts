/** How a wallet answered a recorded request. */
export type Outcome =
  | { status: 'pending' }
  | { status: 'ok'; txHash?: string; accounts?: string[]; callsId?: string }
  | { status: 'error'; code: number | null };
