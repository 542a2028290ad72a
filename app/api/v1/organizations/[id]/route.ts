import { apiRoute } from "@/lib/api/route";
import { getOrganizationOp, toApiOrganization, updateOrganizationOp } from "@/lib/api/v1/organizations";
import { getOrganization } from "@/lib/domain/organizations/get-organization";
import { updateOrganization } from "@/lib/domain/organizations/update-organization";

export const GET = apiRoute(getOrganizationOp, async ({ tx, actor, params }) =>
  toApiOrganization(await getOrganization(tx, actor, params.id)),
);

/** PATCH: the fields sent, over the organization as it is (the domain's update takes every fact). */
export const PATCH = apiRoute(updateOrganizationOp, async ({ tx, actor, params, body, requestId }) => {
  const current = await getOrganization(tx, actor, params.id);
  const { version, ...changes } = body;
  const pick = <K extends keyof typeof changes>(key: K) =>
    (changes[key] === undefined ? current[key as keyof typeof current] : changes[key]) as never;
  await updateOrganization(
    tx,
    actor,
    {
      id: params.id,
      expectedVersion: version,
      name: pick("name"),
      industry: pick("industry"),
      headcount: pick("headcount"),
      sites: pick("sites"),
      endpoints: pick("endpoints"),
      targetModel: pick("targetModel"),
      accountManagerId: pick("accountManagerId"),
      notes: pick("notes"),
      reportLocale: pick("reportLocale"),
    },
    { requestId },
  );
  return toApiOrganization(await getOrganization(tx, actor, params.id));
});
