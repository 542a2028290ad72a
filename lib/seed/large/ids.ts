import { randomBytes } from "node:crypto";

/**
 * cuid-like ids made in JS for batch inserts (the database never generates ids:
 * Prisma's `@default(cuid())` is applied by the client, and the large seed
 * bypasses the client). Shape: "c" + 8 base36 chars of milliseconds + 4 of a
 * per-factory counter + 12 random base36 chars = 25 characters, like cuid v1:
 * lowercase alphanumerics only (the app's `id()` schema accepts them), roughly
 * time-ordered, unique within a factory by the counter and across processes by
 * the random part.
 */
export type IdFactory = () => string;

const COUNTER_SPACE = 36 ** 4;

export function createIdFactory(now: () => number = Date.now): IdFactory {
  let counter = Math.floor(Math.random() * COUNTER_SPACE);
  let pool = Buffer.alloc(0);
  let offset = 0;
  const randomPart = () => {
    if (offset + 8 > pool.length) {
      pool = randomBytes(8 * 4096);
      offset = 0;
    }
    // 8 random bytes -> 12 base36 characters (2^62 > 36^12 ≈ 4.7e18), left-padded.
    const hi = pool.readUInt32BE(offset) & 0x3fffffff;
    const lo = pool.readUInt32BE(offset + 4);
    offset += 8;
    const value = BigInt(hi) * 4294967296n + BigInt(lo);
    return (value % 36n ** 12n).toString(36).padStart(12, "0");
  };
  return () => {
    counter = (counter + 1) % COUNTER_SPACE;
    const time = now().toString(36).padStart(8, "0").slice(-8);
    return `c${time}${counter.toString(36).padStart(4, "0")}${randomPart()}`;
  };
}

/** The shape every generated id has (used by the tests). */
export const GENERATED_ID = /^c[0-9a-z]{24}$/;
