import { apiRoute } from "@/lib/api/route";
import { pageFrom } from "@/lib/api/pagination";
import { afterId } from "@/lib/api/v1/cursor-id";
import { dayToDate } from "@/lib/api/v1/fields";
import { createOrganizationOp, listOrganizationsOp, toApiOrganization } from "@/lib/api/v1/organizations";
import { createOrganization } from "@/lib/domain/organizations/create-organization";
import { getOrganization } from "@/lib/domain/organizations/get-organization";
import { listOrganizationsAfter } from "@/lib/domain/organizations/list-organizations-after";

export const GET = apiRoute(listOrganizationsOp, async ({ tx, actor, query }) => {
  const rows = await listOrganizationsAfter(tx, actor, { ...query, after: afterId(query.cursor) });
  const page = pageFrom(rows, query.limit, (o) => [o.id]);
  return { data: page.data.map(toApiOrganization), nextCursor: page.nextCursor };
});

export const POST = apiRoute(createOrganizationOp, async ({ tx, actor, body, requestId }) => {
  const { id } = await createOrganization(
    tx,
    actor,
    {
      name: body.name,
      industry: body.industry ?? null,
      headcount: body.headcount,
      sites: body.sites,
      endpoints: body.endpoints ?? null,
      currentModel: body.currentModel,
      targetModel: body.targetModel ?? null,
      lifecycleStatus: body.lifecycleStatus,
      accountManagerId: body.accountManagerId ?? null,
      notes: body.notes ?? null,
      reportLocale: body.reportLocale ?? null,
      clientSince: body.clientSince ? dayToDate(body.clientSince) : null,
      idempotencyKey: requestId, // not read by the domain: the API's Idempotency-Key is kept by lib/api/route.ts
    },
    { requestId },
  );
  return toApiOrganization(await getOrganization(tx, actor, id));
});
