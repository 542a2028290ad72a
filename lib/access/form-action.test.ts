import { describe, expect, it } from "vitest";
import { valuesFromFormData } from "@/lib/access/form-action";

describe("valuesFromFormData", () => {
  it("reads a posted form as the browser's formValues would: dots nest, repeated names are lists", () => {
    const data = new FormData();
    data.append("name", "Cedar");
    data.append("economics.hourlyRate", "95");
    data.append("eventTypes", "report.published");
    data.append("eventTypes", "assessment.finalized");
    expect(valuesFromFormData(data)).toEqual({
      name: "Cedar",
      economics: { hourlyRate: "95" },
      eventTypes: ["report.published", "assessment.finalized"],
    });
  });

  it("leaves out React's own fields, files and prototype keys", () => {
    const data = new FormData();
    data.append("$ACTION_REF_1", "");
    data.append("$ACTION_1:0", "{}");
    data.append("$ACTION_KEY", "k");
    data.append("upload", new Blob(["x"]), "x.txt");
    data.append("__proto__.polluted", "yes");
    data.append("a.constructor", "yes");
    data.append("email", "a@b.test");
    expect(valuesFromFormData(data)).toEqual({ email: "a@b.test" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
