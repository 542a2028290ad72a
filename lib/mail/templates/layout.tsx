import { Body, Button, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/catalog";
import { LOGO_CID, type MailBrand } from "@/lib/mail/brand";

/** Mainstay's own indigo, for staff mails and for tenants without a brand colour. */
export const MAINSTAY_INDIGO = "#4338ca";
const LOGO_HEIGHT = 48;

export type MailFooter = {
  /** Plain sentences: why this mail came, the support contact. */
  lines: string[];
  links: { label: string; href: string }[];
};

/**
 * Every e-mail Mainstay sends (the outbox's, lib/mail/outbox, and invitations and password
 * resets, lib/mail/invitation-mail.tsx): the sender's name (and, to a client of a
 * branded MSP, its logo as an inline part by Content-ID and its colour) on top, the body, one
 * call to action as a button in that colour, and a footer (why it came, support, preferences,
 * unsubscribe). react-email turns it into e-mail-safe HTML with inline styles, and into the
 * plain-text twin (lib/mail/render.ts). No web font, no remote image: nothing is fetched to
 * render or to read it.
 */
export function MailLayout(props: {
  locale: Locale;
  preview: string;
  senderName: string;
  brand: MailBrand | null;
  heading: string;
  action?: { label: string; href: string };
  footer: MailFooter;
  children: ReactNode;
}) {
  const color = props.brand?.color ?? MAINSTAY_INDIGO;
  const logo = props.brand?.logo;
  return (
    <Html lang={props.locale}>
      {/* A title, as every HTML document needs (mail clients and screen readers show it). */}
      <Head>
        <title>{props.heading}</title>
      </Head>
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f8fafc", fontFamily: "Arial, Helvetica, sans-serif", margin: 0, padding: 0 }}>
        <Container
          style={{
            backgroundColor: "#ffffff",
            color: "#0f172a",
            fontSize: "15px",
            lineHeight: "1.5",
            maxWidth: "560px",
            padding: "24px",
          }}
        >
          <Section style={{ borderBottom: `3px solid ${color}`, paddingBottom: "12px", marginBottom: "16px" }}>
            {logo ? (
              <Img
                src={`cid:${LOGO_CID}`}
                alt=""
                height={LOGO_HEIGHT}
                width={Math.round((LOGO_HEIGHT * logo.width) / logo.height)}
                style={{ display: "block", height: `${LOGO_HEIGHT}px`, width: "auto", border: 0 }}
              />
            ) : null}
            <Text data-testid="mail-sender" style={{ margin: "8px 0 0", fontSize: "18px", fontWeight: "bold", color }}>
              {props.senderName}
            </Text>
          </Section>
          <Text style={{ fontSize: "20px", fontWeight: "bold", margin: "0 0 12px" }}>{props.heading}</Text>
          {props.children}
          {props.action ? (
            <Section style={{ margin: "20px 0" }}>
              <Button
                href={props.action.href}
                style={{
                  backgroundColor: color,
                  color: "#ffffff",
                  padding: "10px 18px",
                  borderRadius: "6px",
                  textDecoration: "none",
                  fontWeight: "bold",
                }}
              >
                {props.action.label}
              </Button>
            </Section>
          ) : null}
          {props.footer.lines.length || props.footer.links.length ? (
            <Hr style={{ borderColor: "#e2e8f0", margin: "24px 0 12px" }} />
          ) : null}
          {props.footer.lines.map((line) => (
            <Text key={line} style={{ fontSize: "13px", color: "#475569", margin: "0 0 6px" }}>
              {line}
            </Text>
          ))}
          {props.footer.links.length ? (
            <Text style={{ fontSize: "13px", color: "#475569", margin: "6px 0 0" }}>
              {props.footer.links.map((link, i) => (
                <span key={link.href}>
                  {i > 0 ? " · " : null}
                  <Link href={link.href} style={{ color: "#334155", textDecoration: "underline" }}>
                    {link.label}
                  </Link>
                </span>
              ))}
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph of the body; text a person wrote keeps its line breaks. */
export function Paragraph({ children, muted }: { children: ReactNode; muted?: boolean }) {
  return (
    <Text style={{ margin: "0 0 12px", whiteSpace: "pre-line", color: muted ? "#475569" : "#0f172a" }}>{children}</Text>
  );
}

/** A labelled block of the body (a summary's section). */
export function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "0 0 12px" }}>
      <Text style={{ margin: "0 0 4px", fontWeight: "bold" }}>{title}</Text>
      {children}
    </Section>
  );
}
