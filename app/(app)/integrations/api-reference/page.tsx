import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage } from "@/lib/access/page";
import { PROBLEM_TYPES, type ProblemType } from "@/lib/api/problem";
import { API_V1_BASE, openApiDocument, PROBLEM_DESCRIPTIONS } from "@/lib/api/v1/openapi";
import { objectsOf, referenceOf, type ReferenceField } from "@/lib/api/v1/reference";

export async function generateMetadata() {
  const t = await getTranslations("integrations");
  return { title: t("reference.title") };
}

function Fields({
  fields,
  caption,
  requiredLabel,
}: {
  fields: ReferenceField[];
  caption: string;
  requiredLabel: string;
}) {
  return (
    <div className="overflow-x-auto">
      <Table>
        <caption className="sr-only">{caption}</caption>
        <tbody>
          {fields.map((f) => (
            <Tr key={f.name}>
              <Td className="w-1/4 align-top font-mono text-xs text-slate-900">
                {f.name}
                {f.required ? <span className="ml-1 font-sans text-red-800">{requiredLabel}</span> : null}
              </Td>
              <Td className="w-1/3 align-top font-mono text-xs text-slate-700">{f.type}</Td>
              <Td className="align-top text-xs text-slate-700">{f.description}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/**
 * The API reference, rendered on the server from the OpenAPI document the API serves
 * (/api/v1/openapi.json): no script, no CDN, our CSP. The document is written in English, as
 * API documentation usually is; the page around it follows the reader's language.
 */
export default async function ApiReferencePage() {
  await requirePage("apiToken.read");
  const t = await getTranslations("integrations");
  const doc = openApiDocument() as unknown as Record<string, unknown>;
  const operations = referenceOf(doc);
  const objects = objectsOf(doc);
  return (
    <div className="space-y-6" data-testid="api-reference">
      <Card>
        <CardHeader title={t("reference.heading")} description={t("reference.description")} />
        <CardBody className="space-y-3 text-sm text-slate-800">
          <p>{t("reference.auth", { base: API_V1_BASE })}</p>
          <pre className="overflow-x-auto rounded bg-slate-900 p-3 font-mono text-xs text-slate-50">
            {`curl -H "Authorization: Bearer mst_…" ${API_V1_BASE}/organizations?limit=10`}
          </pre>
          <p>
            {t.rich("reference.document", {
              link: (chunks) => (
                <a
                  href={`${API_V1_BASE}/openapi.json`}
                  className="text-brand-800 underline underline-offset-2"
                  data-testid="openapi-link"
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
          <p>
            {t.rich("reference.tokens", {
              link: (chunks) => (
                <Link href="/integrations/tokens" className="text-brand-800 underline underline-offset-2">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </CardBody>
      </Card>
      <nav aria-label={t("reference.contents")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {operations.map((op) => (
            <li key={op.id}>
              <a href={`#${op.id}`} className="text-brand-800 underline underline-offset-2">
                {op.summary}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {operations.map((op) => (
        <section key={op.id} id={op.id} aria-labelledby={`${op.id}-heading`} className="scroll-mt-4">
          <Card>
            <div className="space-y-4 p-4">
              <div className="space-y-1">
                <h2 id={`${op.id}-heading`} className="text-base font-semibold text-slate-900">
                  {op.summary}
                </h2>
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={op.method === "GET" ? "info" : "brand"}>{op.method}</Badge>
                  <code className="font-mono text-sm text-slate-900">
                    {API_V1_BASE}
                    {op.path}
                  </code>
                  <span className="text-xs text-slate-700">
                    {op.access === "read" ? t("reference.readAccess") : t("reference.writeAccess")}
                  </span>
                </p>
                {op.description ? <p className="text-sm text-slate-700">{op.description}</p> : null}
              </div>
              {op.parameters.length > 0 ? (
                <div className="space-y-1">
                  <h3 className="text-sm font-semibold text-slate-900">{t("reference.parameters")}</h3>
                  <Fields
                    requiredLabel={t("reference.required")}
                    caption={t("reference.parameters")}
                    fields={op.parameters.map((p) => ({ ...p, name: `${p.name} (${p.in})` }))}
                  />
                </div>
              ) : null}
              {op.body ? (
                <div className="space-y-1">
                  <h3 className="text-sm font-semibold text-slate-900">
                    {t("reference.body", { name: op.body.name || "JSON" })}
                  </h3>
                  <Fields
                    requiredLabel={t("reference.required")}
                    caption={t("reference.body", { name: op.body.name || "JSON" })}
                    fields={op.body.fields}
                  />
                </div>
              ) : null}
              <div className="space-y-1">
                <h3 className="text-sm font-semibold text-slate-900">{t("reference.responses")}</h3>
                <ul className="space-y-1 text-xs text-slate-700">
                  {op.responses.map((r) => (
                    <li key={r.status}>
                      <span className="font-mono font-semibold text-slate-900">{r.status}</span> {r.description}
                      {r.schema ? (
                        <span className="ml-1 font-mono">{t("reference.returns", { schema: r.schema })}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </Card>
        </section>
      ))}
      <section aria-labelledby="objects-heading" className="space-y-3">
        <h2 id="objects-heading" className="text-base font-semibold text-slate-900">
          {t("reference.objects")}
        </h2>
        {objects.map((o) => (
          <Card key={o.name}>
            <div className="space-y-1 p-4" id={`schema-${o.name}`}>
              <h3 className="font-mono text-sm font-semibold text-slate-900">{o.name}</h3>
              <Fields requiredLabel={t("reference.required")} caption={o.name} fields={o.fields} />
            </div>
          </Card>
        ))}
      </section>
      <section aria-labelledby="problems-heading" className="space-y-3">
        <h2 id="problems-heading" className="text-base font-semibold text-slate-900">
          {t("reference.problems")}
        </h2>
        <p className="text-sm text-slate-700">{t("reference.problemsDescription")}</p>
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>{t("reference.problemType")}</Th>
                <Th>{t("reference.problemStatus")}</Th>
                <Th>{t("reference.problemMeaning")}</Th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((type) => (
                <Tr key={type} id={`problem-${type}`}>
                  <Td className="font-mono text-xs">{type}</Td>
                  <Td className="font-mono text-xs">{PROBLEM_TYPES[type]}</Td>
                  <Td className="text-xs text-slate-700">{PROBLEM_DESCRIPTIONS[type]}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </section>
    </div>
  );
}
