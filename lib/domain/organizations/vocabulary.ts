/** Enum values as the database stores them (prisma/schema.prisma), importable by client components. */
export const MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const;
export type Model = (typeof MODELS)[number];

export const LIFECYCLES = ["PROSPECT", "ACTIVE", "FORMER"] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** A new organization is either a prospect or an existing client; FORMER comes from recording a departure. */
export const NEW_LIFECYCLES = ["PROSPECT", "ACTIVE"] as const;
