import type { IncomingHttpHeaders } from "node:http";

export declare const INSTALLED: unique symbol;
export declare function parseTrustProxy(value: string | undefined): number;
export declare function normalizeForwarded(
  headers: IncomingHttpHeaders,
  peer: string | undefined,
  trustProxy: number,
): void;
export declare function install(trustProxy?: number): void;
export declare function forwardedHeadersNodeOptions(current?: string): string;
