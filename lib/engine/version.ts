/**
 * Recorded in every result (`engineVersion`) so a stored recommendation can be explained later.
 * Bump it whenever a rule, weight, threshold, default or sentence changes the output.
 */
export const ENGINE_VERSION = "2026.12.1";
