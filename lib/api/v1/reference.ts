/**
 * Reads the OpenAPI document (lib/api/v1/openapi.ts) into what the API reference page shows:
 * operations with their parameters, body fields and responses, types as short text. Pure: the
 * page (app/(app)/integrations/api-reference) renders it; a unit test could feed any document.
 */
type Json = Record<string, unknown>;
type Schema = Json & { $ref?: string };

export type ReferenceField = { name: string; type: string; required: boolean; description: string | null };
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  tag: string;
  summary: string;
  description: string | null;
  access: string;
  parameters: (ReferenceField & { in: string })[];
  body: { name: string; fields: ReferenceField[] } | null;
  responses: { status: string; description: string; schema: string | null }[];
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export function refName(schema: Schema | undefined): string | null {
  return schema?.$ref ? schema.$ref.split("/").pop()! : null;
}

function resolve(doc: Json, schema: Schema | undefined): Schema | undefined {
  const name = refName(schema);
  if (!name) return schema;
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Schema>;
  return schemas[name];
}

/** A schema as a short type: "string", "integer (1–100000)", "one of A, B", "array of Organization", "… or null". */
export function typeText(doc: Json, raw: Schema | undefined): string {
  if (!raw) return "any";
  const named = refName(raw);
  if (named) return named;
  const s = raw;
  const anyOf = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (anyOf) {
    const parts = anyOf.map((p) => typeText(doc, p));
    return [...new Set(parts)].join(" or ");
  }
  if (Array.isArray(s.enum)) return `one of ${(s.enum as unknown[]).map(String).join(", ")}`;
  if ("const" in s) return JSON.stringify(s.const);
  const type = Array.isArray(s.type) ? (s.type as string[]).join(" or ") : (s.type as string | undefined);
  if (type === "array") return `array of ${typeText(doc, s.items as Schema | undefined)}`;
  const bounds: string[] = [];
  if (typeof s.minimum === "number" && typeof s.maximum === "number") bounds.push(`${s.minimum}–${s.maximum}`);
  else if (typeof s.maximum === "number") bounds.push(`≤ ${s.maximum}`);
  else if (typeof s.minimum === "number") bounds.push(`≥ ${s.minimum}`);
  if (typeof s.maxLength === "number") bounds.push(`≤ ${s.maxLength} characters`);
  if (typeof s.format === "string") bounds.push(s.format);
  return bounds.length > 0 ? `${type ?? "any"} (${bounds.join(", ")})` : (type ?? "any");
}

function fieldsOf(doc: Json, raw: Schema | undefined): ReferenceField[] {
  const s = resolve(doc, raw);
  const props = (s?.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s?.required ?? []) as string[]);
  return Object.entries(props).map(([name, p]) => ({
    name,
    type: typeText(doc, p),
    required: required.has(name),
    description: (p.description as string | undefined) ?? (resolve(doc, p)?.description as string | undefined) ?? null,
  }));
}

export function referenceOf(doc: Json): ReferenceOperation[] {
  const out: ReferenceOperation[] = [];
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const params = ((op.parameters ?? []) as Json[]).map((p) => ({
        name: String(p.name),
        in: String(p.in),
        type: typeText(doc, p.schema as Schema),
        required: Boolean(p.required),
        description: (p.description as string | undefined) ?? ((p.schema as Schema)?.description as string) ?? null,
      }));
      const bodySchema = (
        ((op.requestBody as Json | undefined)?.content as Json | undefined)?.["application/json"] as Json | undefined
      )?.schema as Schema | undefined;
      const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, r]) => {
        const content = (r.content ?? {}) as Record<string, Json>;
        const schema = Object.values(content)[0]?.schema as Schema | undefined;
        return { status, description: String(r.description ?? ""), schema: schema ? typeText(doc, schema) : null };
      });
      out.push({
        id: String(op.operationId),
        method: method.toUpperCase(),
        path,
        tag: ((op.tags as string[] | undefined) ?? ["API"])[0]!,
        summary: String(op.summary ?? ""),
        description: (op.description as string | undefined) ?? null,
        access: String(op["x-required-access"] ?? "read"),
        parameters: params,
        body: bodySchema ? { name: refName(bodySchema) ?? "", fields: fieldsOf(doc, bodySchema) } : null,
        responses,
      });
    }
  }
  return out;
}

/** The named schemas (Organization, …) with their fields, for the reference's "Objects" section. */
export function objectsOf(doc: Json): { name: string; fields: ReferenceField[] }[] {
  const schemas = ((doc.components as Json | undefined)?.schemas ?? {}) as Record<string, Schema>;
  return Object.keys(schemas)
    .sort()
    .map((name) => ({ name, fields: fieldsOf(doc, schemas[name]) }));
}
