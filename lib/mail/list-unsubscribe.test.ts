import { describe, expect, it } from "vitest";
import { listUnsubscribeHeaders } from "@/lib/mail/list-unsubscribe";

describe("List-Unsubscribe headers (RFC 2369, RFC 8058)", () => {
  it("over https: the one-click URL and the One-Click POST header, no mailto", () => {
    expect(listUnsubscribeHeaders("https://portal.example.test/api/mail/unsubscribe/abc.def")).toEqual({
      "List-Unsubscribe": "<https://portal.example.test/api/mail/unsubscribe/abc.def>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("over plain http (development): the URL only, since RFC 8058 one-click needs https", () => {
    expect(listUnsubscribeHeaders("http://localhost:3000/api/mail/unsubscribe/abc.def")).toEqual({
      "List-Unsubscribe": "<http://localhost:3000/api/mail/unsubscribe/abc.def>",
    });
  });
});
