import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActionMessage } from "@/lib/audit-actions";
import { CATALOGS, LOCALES } from "@/lib/i18n/catalog";

const lookup = (tree: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe("audit actions", () => {
  it("every action the trail records has a label in every catalog", () => {
    for (const locale of LOCALES) {
      for (const action of AUDIT_ACTIONS) {
        const message = auditActionMessage(action);
        expect("key" in message, action).toBe(true);
        if ("key" in message)
          expect(typeof lookup(CATALOGS[locale], message.key), `${locale}: ${action}`).toBe("string");
      }
    }
  });
});
