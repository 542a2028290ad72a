import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { resendOwnerInvitationAction, revokeOwnerInvitationAction } from "@/lib/actions/tenants";
import { OwnerInviteForm } from "@/components/admin/owner-invite-form";
import { TenantEditForm } from "@/components/admin/tenant-edit-form";
import { TenantStatusForm } from "@/components/admin/tenant-status-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PendingInvitation } from "@/components/team/pending-invitation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { getTenant } from "@/lib/domain/tenants/get-tenant";
import { id as idSchema } from "@/lib/validation/fields";

export async function generateMetadata() {
  const t = await getTranslations("admin.tenants");
  return { title: t("title") };
}

export default async function TenantPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("tenant.list");
  const parsed = idSchema().safeParse((await params).id);
  if (!parsed.success) notFound();
  const [t, tTeam, format] = await Promise.all([
    getTranslations("admin.tenants"),
    getTranslations("team"),
    getFormatter(),
  ]);
  const tenant = await orNotFound(scoped(actor, (tx) => getTenant(tx, actor, parsed.data)));
  const glance = [
    [t("detail.owners"), tenant.members.OWNER ?? 0],
    [t("detail.managers"), tenant.members.ACCOUNT_MANAGER ?? 0],
    [t("detail.clients"), tenant.members.CLIENT ?? 0],
    [t("detail.organizations"), tenant.organizations],
  ] as const;
  return (
    <ClientMessages
      namespaces={[
        "admin.tenants.detail",
        "admin.tenants.fields",
        "admin.tenants.status_",
        "team.pending",
        "team.link",
      ]}
    >
      <PageHeader
        eyebrow={
          <Link href="/admin/tenants" className="hover:underline">
            {t("detail.back")}
          </Link>
        }
        title={
          <span className="flex flex-wrap items-center gap-3">
            {tenant.name}
            <Badge tone={tenant.status === "ACTIVE" ? "success" : "danger"}>
              <span data-testid="tenant-status">{t(`status.${tenant.status}`)}</span>
            </Badge>
          </span>
        }
        description={t("detail.slug", { slug: tenant.slug })}
      />
      {tenant.status === "SUSPENDED" ? (
        <Notice tone="warning" className="mb-6" testId="tenant-suspended">
          {t("detail.suspendedSince", {
            date: format.dateTime(tenant.suspendedAt ?? tenant.createdAt, {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone: "UTC",
            }),
            reason: tenant.suspendedReason ?? "",
          })}
        </Notice>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t("detail.detailsTitle")} />
          <CardBody>
            <TenantEditForm tenant={{ id: tenant.id, name: tenant.name, slug: tenant.slug, version: tenant.version }} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("status_.title")} />
          <CardBody>
            <TenantStatusForm
              tenant={{ id: tenant.id, name: tenant.name, status: tenant.status, version: tenant.version }}
            />
          </CardBody>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={t("detail.ownersTitle")} description={t("detail.ownersDescription")} />
          <CardBody className="space-y-6">
            {tenant.owners.length === 0 ? (
              <p className="text-sm text-slate-600" data-testid="no-owners">
                {t("detail.noOwners")}
              </p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="owners">
                {tenant.owners.map((owner) => (
                  <li
                    key={owner.membershipId}
                    className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm"
                  >
                    <span>
                      <span className="font-medium text-slate-900">{owner.name}</span>{" "}
                      <span className="text-slate-600">{owner.email}</span>{" "}
                      {owner.disabled ? <Badge tone="danger">{t("detail.disabled")}</Badge> : null}
                    </span>
                    <span className="text-slate-600">
                      {owner.lastLoginAt
                        ? t("detail.lastSignIn", { date: format.dateTime(owner.lastLoginAt, { dateStyle: "medium" }) })
                        : t("detail.neverSignedIn")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {tenant.invitations.length > 0 ? (
              <section>
                <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("detail.pendingTitle")}</h3>
                <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
                  {tenant.invitations.map((invitation) => (
                    <PendingInvitation
                      key={invitation.id}
                      invitation={{ ...invitation, roleLabel: tTeam("roles.OWNER"), detail: null }}
                      payload={{ tenantId: tenant.id, id: invitation.id }}
                      resendAction={resendOwnerInvitationAction}
                      revokeAction={revokeOwnerInvitationAction}
                    />
                  ))}
                </ul>
              </section>
            ) : null}
            <section>
              <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("detail.inviteTitle")}</h3>
              <OwnerInviteForm tenantId={tenant.id} />
            </section>
          </CardBody>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={t("detail.glanceTitle")} />
          <CardBody>
            <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-6">
              {glance.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-sm text-slate-600">{label}</dt>
                  <dd className="mt-1 text-2xl font-semibold tabular-nums">{format.number(value)}</dd>
                </div>
              ))}
              <div>
                <dt className="text-sm text-slate-600">{t("detail.currency")}</dt>
                <dd className="mt-1 text-2xl font-semibold">{tenant.currency}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t("detail.created")}</dt>
                <dd className="mt-1 text-base font-medium">
                  {format.dateTime(tenant.createdAt, { dateStyle: "medium" })}
                </dd>
              </div>
            </dl>
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
