import { execFileSync } from "node:child_process";
import os from "node:os";
import type pg from "pg";

/** What the figures were measured on: they mean little without it. */
export type Machine = {
  date: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  postgres: string;
  loadAverage: string;
  commit: string;
};

export async function describeMachine(client: pg.ClientBase): Promise<Machine> {
  const cpus = os.cpus();
  const version =
    (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "?";
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: cpus[0]?.model.trim() ?? "?",
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    postgres: `PostgreSQL ${version}`,
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / "),
    commit,
  };
}
