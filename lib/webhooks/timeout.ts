/** One attempt's deadline (DNS, connect, TLS, response): WEBHOOK_TIMEOUT_MS, default 10 s (0.5–60 s). */
export function webhookTimeoutMs(): number {
  const n = Number(process.env.WEBHOOK_TIMEOUT_MS ?? 10_000);
  return Number.isFinite(n) && n >= 500 && n <= 60_000 ? n : 10_000;
}
