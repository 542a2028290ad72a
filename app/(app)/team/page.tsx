import { getFormatter, getTranslations } from "next-intl/server";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/actions/team";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InviteForm } from "@/components/team/invite-form";
import { MemberItem } from "@/components/team/member-item";
import { PendingInvitation } from "@/components/team/pending-invitation";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { listTeam } from "@/lib/domain/team/list-team";

export async function generateMetadata() {
  const t = await getTranslations("team");
  return { title: t("title") };
}

export default async function TeamPage() {
  const actor = await requirePage("team.read");
  const [t, format] = await Promise.all([getTranslations("team"), getFormatter()]);
  const team = await scoped(actor, (tx) => listTeam(tx, actor));
  const staff = team.active.filter((m) => m.role !== "CLIENT");
  const clients = team.active.filter((m) => m.role === "CLIENT");
  return (
    <ClientMessages
      namespaces={[
        "team.roles",
        "team.roleHints",
        "team.invite",
        "team.link",
        "team.members",
        "team.changeRole",
        "team.reset",
        "team.disable",
        "team.remove",
        "team.pending",
        "team.access",
      ]}
    >
      <PageHeader title={t("title")} description={t("description", { tenant: actor.tenantName ?? "" })} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("invite.title")} description={t("invite.description")} />
          <CardBody>
            <InviteForm organizations={team.organizations} />
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            id="staff-heading"
            title={t("members.staffTitle")}
            description={t("members.staffDescription", { tenant: actor.tenantName ?? "" })}
            actions={<span className="text-sm text-slate-600">{t("members.count", { count: staff.length })}</span>}
          />
          <ul aria-labelledby="staff-heading" className="divide-y divide-slate-100" data-testid="staff">
            {staff.map((member) => (
              <MemberItem key={member.membershipId} member={member} isSelf={member.userId === actor.userId} />
            ))}
          </ul>
        </Card>

        <Card>
          <CardHeader
            id="clients-heading"
            title={t("members.clientsTitle")}
            description={t("members.clientsDescription")}
            actions={<span className="text-sm text-slate-600">{t("members.count", { count: clients.length })}</span>}
          />
          {clients.length === 0 ? (
            <CardBody>
              <p className="text-sm text-slate-600">{t("members.noClients")}</p>
            </CardBody>
          ) : (
            <ul aria-labelledby="clients-heading" className="divide-y divide-slate-100" data-testid="client-users">
              {clients.map((member) => (
                <MemberItem key={member.membershipId} member={member} isSelf={false} />
              ))}
            </ul>
          )}
        </Card>

        <Card>
          <CardHeader id="pending-heading" title={t("pending.title")} />
          {team.pending.length === 0 ? (
            <CardBody>
              <p className="text-sm text-slate-600" data-testid="no-pending">
                {t("pending.empty")}
              </p>
            </CardBody>
          ) : (
            <ul aria-labelledby="pending-heading" className="divide-y divide-slate-100">
              {team.pending.map((invitation) => (
                <PendingInvitation
                  key={invitation.id}
                  invitation={{
                    id: invitation.id,
                    email: invitation.email,
                    roleLabel: t(`roles.${invitation.role}`),
                    detail: t("pending.detail", {
                      client: invitation.organizationName ? "yes" : "no",
                      organization: invitation.organizationName ?? "",
                      by: invitation.invitedByName ? "yes" : "no",
                      name: invitation.invitedByName ?? "",
                    }),
                    expiresAt: invitation.expiresAt,
                    expired: invitation.expired,
                  }}
                  payload={{ id: invitation.id }}
                  resendAction={resendInvitationAction}
                  revokeAction={revokeInvitationAction}
                />
              ))}
            </ul>
          )}
        </Card>

        {team.removed.length > 0 ? (
          <Card>
            <CardHeader id="removed-heading" title={t("removed.title")} description={t("removed.description")} />
            <ul aria-labelledby="removed-heading" className="divide-y divide-slate-100" data-testid="removed-members">
              {team.removed.map((member) => (
                <li
                  key={member.membershipId}
                  className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 text-sm"
                >
                  <span>
                    <span className="font-medium text-slate-900">{member.name}</span>{" "}
                    <span className="text-slate-600">{member.email}</span>
                  </span>
                  <span className="text-slate-600">
                    {t("removed.detail", {
                      role: t(`roles.${member.role}`),
                      date: format.dateTime(member.removedAt!, { dateStyle: "medium" }),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
