import { apiRoute } from "@/lib/api/route";
import { ApiValidation } from "@/lib/api/problem";
import { decodeCursor, pageFrom } from "@/lib/api/pagination";
import { dateToDay, dayToDate } from "@/lib/api/v1/fields";
import { listInterventionsOp, toApiIntervention, upsertInterventionsOp } from "@/lib/api/v1/interventions";
import { listInterventionsAfter } from "@/lib/domain/interventions/list-interventions-after";
import { upsertInterventions } from "@/lib/domain/interventions/upsert-interventions";

export const GET = apiRoute(listInterventionsOp, async ({ tx, actor, params, query }) => {
  const after = query.cursor ? decodeCursor(query.cursor, ["string", "string"]) : null;
  if (query.cursor && (!after || !/^\d{4}-\d{2}-\d{2}$/.test(after[0])))
    throw new ApiValidation({ cursor: { key: "validation.invalid" } }, "query");
  const rows = await listInterventionsAfter(tx, actor, params.id, {
    from: query.from ? dayToDate(query.from) : undefined,
    to: query.to ? dayToDate(query.to) : undefined,
    category: query.category,
    detection: query.detection,
    recurringCause: query.recurringCause === undefined ? undefined : query.recurringCause === "true",
    sourceSystem: query.sourceSystem,
    after: after ? { occurredOn: dayToDate(after[0]), id: after[1] } : null,
    limit: query.limit,
  });
  const page = pageFrom(rows, query.limit, (r) => [dateToDay(r.occurredOn), r.id]);
  return { data: page.data.map(toApiIntervention), nextCursor: page.nextCursor };
});

export const POST = apiRoute(upsertInterventionsOp, ({ tx, actor, params, body, requestId }) =>
  upsertInterventions(
    tx,
    actor,
    { organizationId: params.id, sourceSystem: body.sourceSystem, items: body.items },
    { requestId },
  ),
);
