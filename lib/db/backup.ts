import { spawn } from "node:child_process";

/**
 * Backups with PostgreSQL's own tools. They run as the OWNER role
 * (MIGRATE_DATABASE_URL): it owns the schema and has BYPASSRLS, so pg_dump sees
 * every tenant's rows (pg_dump refuses to dump a table whose rows RLS would
 * hide). The custom format keeps RLS settings, policies, grants and functions.
 * Not available for the embedded PGlite (PostgreSQL 17 in WebAssembly; pg_dump
 * 15 cannot read it): back up the .data/pglite folder instead.
 */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("error", (error) =>
      reject(new Error(`${command} could not start (${error.message}); install postgresql-client 15+`)),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

export function backupDatabase(url: string, file: string): Promise<void> {
  return run("pg_dump", ["--format=custom", "--no-password", `--file=${file}`, `--dbname=${url}`]);
}

/** Restores into the database of `url`, replacing what is there, in one transaction (all or nothing). */
export function restoreDatabase(file: string, url: string): Promise<void> {
  return run("pg_restore", [
    "--clean",
    "--if-exists",
    "--single-transaction",
    "--exit-on-error",
    "--no-password",
    `--dbname=${url}`,
    file,
  ]);
}
