import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Calling a server action without a browser, as Next's client does
 * (next/dist/client/components/router-reducer/reducers/server-action-reducer
 * and next/dist/server/app-render/action-handler):
 * POST to the page URL with `Next-Action: <id>` and `Accept: text/x-component`;
 * the arguments are React's `encodeReply(args)`, which for plain JSON values is
 * a string — the JSON array of the arguments (strings starting with "$" escaped
 * as "$$") — sent as text/plain. The handler decodes it with `decodeReply` (the
 * "fetch action with a non-multipart body" branch). The id comes from the
 * build's server-reference-manifest.json, looked up by export name and file.
 */
type Manifest = {
  node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
};

export function findActionId(distDir: string, exportedName: string, filename?: string): string | null {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === exportedName && (!filename || entry.filename === filename)) return id;
  }
  return null;
}

/** React's encodeReply for JSON-only arguments: strings starting with "$" are escaped. */
export function encodeActionArgs(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );
}

export function actionHeaders(actionId: string, origin: string, cookie: string): Record<string, string> {
  return {
    accept: "text/x-component",
    "next-action": actionId,
    "content-type": "text/plain;charset=UTF-8",
    origin,
    cookie,
  };
}
