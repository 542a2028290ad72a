"use client";

import { createTranslator } from "next-intl";
import common from "@/messages/en/common.json";
import errors from "@/messages/en/errors.json";

// Last resort when the root layout itself fails: no providers (so no request locale), the English
// catalog's own messages, read directly.
const t = createTranslator({ locale: "en", messages: { common, errors } });

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <h1>{t("errors.errorTitle")}</h1>
        <p>{t("errors.errorBody")}</p>
        {error.digest ? (
          <p style={{ fontFamily: "monospace", fontSize: 12 }}>
            {t("errors.errorReference", { requestId: error.digest })}
          </p>
        ) : null}
        <button type="button" onClick={reset}>
          {t("common.retry")}
        </button>
      </body>
    </html>
  );
}
