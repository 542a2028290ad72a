import { apiRoute } from "@/lib/api/route";
import { ApiValidation } from "@/lib/api/problem";
import { decodeCursor, pageFrom } from "@/lib/api/pagination";
import { dateToDay, dayToDate } from "@/lib/api/v1/fields";
import { listModelChangesOp, toApiModelChange } from "@/lib/api/v1/model-changes";
import { listModelChangesAfter } from "@/lib/domain/model-changes/list-model-changes-after";

export const GET = apiRoute(listModelChangesOp, async ({ tx, actor, query }) => {
  const after = query.cursor ? decodeCursor(query.cursor, ["string", "string"]) : null;
  if (query.cursor && (!after || !/^\d{4}-\d{2}-\d{2}$/.test(after[0])))
    throw new ApiValidation({ cursor: { key: "validation.invalid" } }, "query");
  const rows = await listModelChangesAfter(tx, actor, {
    organizationId: query.organizationId,
    from: query.from ? dayToDate(query.from) : undefined,
    after: after ? { effectiveDate: dayToDate(after[0]), id: after[1] } : null,
    limit: query.limit,
  });
  const page = pageFrom(rows, query.limit, (r) => [dateToDay(r.effectiveDate), r.id]);
  return { data: page.data.map(toApiModelChange), nextCursor: page.nextCursor };
});
