import { describe, expect, it, vi } from "vitest";

describe("zod-jitless", () => {
  it("turns on Zod's jitless mode through the global Zod reads, before Zod is loaded", async () => {
    await import("@/lib/validation/zod-jitless");
    const { config } = await import("zod/v4/core");
    expect(config().jitless).toBe(true);
    expect(config()).toBe((globalThis as { __zod_globalConfig?: object }).__zod_globalConfig);
  });

  it("works when Zod was loaded first: it changes Zod's own configuration object, keeping its settings", async () => {
    const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
    const before = scope.__zod_globalConfig;
    try {
      const zodOwn = { customError: "kept" };
      scope.__zod_globalConfig = zodOwn;
      vi.resetModules();
      await import("@/lib/validation/zod-jitless");
      expect(scope.__zod_globalConfig).toBe(zodOwn);
      expect(zodOwn).toEqual({ customError: "kept", jitless: true });
    } finally {
      scope.__zod_globalConfig = before;
    }
  });
});
