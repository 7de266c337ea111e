export declare const SITE_PORT: number;
export declare const RPC_PORTS: Record<1 | 31337, number>;
