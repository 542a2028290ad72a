import { MailLayout, Paragraph } from "@/lib/mail/templates/layout";

/** A branded mail with hostile text in every slot, for lib/mail/render.test.ts. */
export const SAMPLE_BRAND = {
  name: "Care <b>& Co</b>",
  color: "#0f766e",
  supportEmail: "help@care.test",
  supportPhone: null,
  logo: { png: Buffer.from("png"), width: 120, height: 40 },
};

export function sampleMail(withBrand: boolean) {
  return (
    <MailLayout
      locale="fr"
      preview="Aperçu"
      senderName={withBrand ? SAMPLE_BRAND.name : "Northwind"}
      brand={withBrand ? SAMPLE_BRAND : null}
      heading="Titre : <script>"
      action={{ label: "Lire la revue", href: "https://app.example.test/portal/reports/r1?a=1&b=2" }}
      footer={{
        lines: ["Pourquoi"],
        links: [{ label: "Se désabonner", href: "https://app.example.test/unsubscribe/t" }],
      }}
    >
      <Paragraph>{"Ligne 1\nLigne <2>"}</Paragraph>
    </MailLayout>
  );
}
