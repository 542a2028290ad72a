import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import path from "node:path";
import { forwardedHeadersNodeOptions } from "../forwarded-headers.mjs";

/**
 * The production app for the benchmark: `next build` into its own dist dir,
 * then one `next start` per instance (NODE_ENV=production), each a process
 * group of its own so that stopping it stops its children too.
 */
const bin = (name: string, root = process.cwd()) => path.join(root, "node_modules", ".bin", name);

/**
 * The environment of the benchmark's `next start` instances: production, the build in `distDir`,
 * the app's own role only (no owner URL), and secrets fixed for the run and shared by every
 * instance (sessions and server actions must work on any of them).
 */
export function productionEnv(options: { distDir: string; appUrl: string; poolMax: number }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_SKIP_TYPECHECK: "1",
    NEXT_DIST_DIR: options.distDir,
    DATABASE_URL: options.appUrl,
    DB_POOL_MAX: String(options.poolMax),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: "warn",
  };
  delete env.MIGRATE_DATABASE_URL; // the app runs as mainstay_app only
  return env;
}

export type Instance = { name: string; port: number; child: ChildProcess; log: string };

function tail(lines: string[], text: string) {
  lines.push(...text.split("\n"));
  if (lines.length > 60) lines.splice(0, lines.length - 60);
}

export async function build(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  log(`next build into ${env.NEXT_DIST_DIR} ...`);
  const last: string[] = [];
  const child = spawn(bin("next"), ["build"], { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d: Buffer) => tail(last, d.toString()));
  child.stderr!.on("data", (d: Buffer) => tail(last, d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) {
    throw new Error(
      `next build failed (exit ${code}). Someone's half-written page can break a shared build: wait and retry, or use --no-build.\n${last.join("\n")}`,
    );
  }
  log(`next build done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export function startInstance(
  name: string,
  port: number,
  env: NodeJS.ProcessEnv,
  /** `cwd`: the checkout whose build (NEXT_DIST_DIR inside it) and `next` run; default this one. */
  options: { logDir: string; cpuProfile?: boolean; cwd?: string },
): Instance {
  const { logDir, cpuProfile = false, cwd = process.cwd() } = options;
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, `${name}.log`);
  const out = createWriteStream(log);
  // `--cpu-prof` is refused in NODE_OPTIONS: run Next's CLI under node directly (`next start` serves in
  // that process); the profile is written when the instance exits (stop() sends SIGTERM).
  const args = ["start", "-p", String(port), "-H", "127.0.0.1"];
  const [command, argv] = cpuProfile
    ? [
        process.execPath,
        [
          "--cpu-prof",
          `--cpu-prof-dir=${logDir}`,
          `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`,
          path.join(cwd, "node_modules", "next", "dist", "bin", "next"),
          ...args,
        ],
      ]
    : [bin("next", cwd), args];
  const child = spawn(command, argv, {
    cwd,
    env: { ...env, NODE_OPTIONS: forwardedHeadersNodeOptions(env.NODE_OPTIONS ?? "") },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return { name, port, child, log };
}

export function startProcess(
  name: string,
  run: { command: string; args: string[]; env: NodeJS.ProcessEnv },
  logDir: string,
): Instance {
  const { command, args, env } = run;
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, `${name}.log`);
  const out = createWriteStream(log);
  // An absolute command (nginx) as it is; a bare name from node_modules/.bin (tsx).
  const child = spawn(path.isAbsolute(command) ? command : bin(command), args, {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  return { name, port: 0, child, log };
}

export async function waitForHealth(url: string, instance: Instance, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null)
      throw new Error(`${instance.name} exited with ${instance.child.exitCode}; see ${instance.log}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `${instance.name} did not answer ${url}/api/health within ${timeoutMs / 1000} s; see ${instance.log}`,
  );
}

/** Stops the process group we started (by its id), waiting for it to exit. */
export async function stop(instance: Instance): Promise<void> {
  const { child } = instance;
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}
