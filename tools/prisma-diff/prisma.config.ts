// Config for the Prisma 6.19 CLI used only to AUTHOR migrations offline
// (see README.md in this folder). Its WASM schema engine runs with `engine: "js"`
// and a PGlite driver adapter; the shadow database is an in-memory PGlite.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

// pglite-prisma-adapter runs parameterless statements through a prepared
// statement, which refuses multi-statement migration scripts, and does not
// await executeScript. Route both through PGlite.exec().
function patch(adapter: Adapter, client: PGlite): Adapter {
  const original = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0) {
      await client.exec(query.sql);
      return 0;
    }
    return original(query);
  };
  adapter.executeScript = async (script: string) => {
    await client.exec(script);
  };
  return adapter;
}

function factory(): PrismaPGlite {
  const main = new PGlite({ dataDir: "memory://main" });
  const f = new PrismaPGlite(main);
  const connectMain = f.connect.bind(f);
  f.connect = async () => patch(await connectMain(), main);
  f.connectToShadowDb = async () => {
    const shadow = new PGlite({ dataDir: "memory://shadow" });
    return patch(await new PrismaPGlite(shadow).connect(), shadow);
  };
  return f;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: process.env.DIFF_SCHEMA ?? "../../prisma/schema.prisma",
  migrations: { path: process.env.DIFF_MIGRATIONS ?? "../../prisma/migrations" },
  adapter: async () => factory(),
});
