import SECRET_PARAMS from "@/lib/http/secret-params.json";

/**
 * Query parameters that must never be echoed back (in a page, a redirect or a log line): a
 * URL carrying one comes from a form sent by GET before its script ran, an old bookmark or the
 * history. The list is JSON so that next.config.js (its dev request log) reads the same one.
 */
export const SECRET_QUERY_PARAMS: readonly string[] = SECRET_PARAMS;

const secret = new Set(SECRET_QUERY_PARAMS.map((name) => name.toLowerCase()));

/**
 * The same URL without its secret parameters, or null when it carries none. Names compare
 * without case ("Password=" too); every other parameter is kept, in order.
 */
export function withoutSecretParams(url: URL): URL | null {
  const names = [...url.searchParams.keys()];
  if (!names.some((name) => secret.has(name.toLowerCase()))) return null;
  const clean = new URL(url.href);
  clean.search = "";
  for (const [name, value] of url.searchParams) {
    if (!secret.has(name.toLowerCase())) clean.searchParams.append(name, value);
  }
  return clean;
}
