import { beforeEach, describe, expect, it } from "vitest";
import { EMPTY_FORM_STATE } from "@/lib/access/form-action";
import { setClientAccessAction, setClientAccessFormAction } from "@/lib/actions/team";
import { assertApprover } from "@/lib/domain/decisions/assert-approver";
import { readClientAccess } from "@/lib/domain/decisions/read-client-access";
import { listTeam } from "@/lib/domain/team/list-team";
import { AppError } from "@/lib/errors";
import { createMember, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { actorOf, readAs } from "./reports-support";

/**
 * The client permission level (issue 18, item 1): a client user is a READER (the default) or an
 * APPROVER, set by the owner on the team page; one domain guard answers "may this actor decide
 * for this organization?" (lib/domain/decisions/assert-approver.ts), read from the database on
 * every call.
 */
let w: World;
let other: World;
beforeEach(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

const membership = (id: string) => ownerDb().membership.findUniqueOrThrow({ where: { id } });
const set = (membershipId: string, access: string, expectedVersion = 1) =>
  setClientAccessAction({ membershipId, access, expectedVersion });

/** What assertApprover answers for this user and organization: "OK", or the error's code and key. */
async function mayDecide(user: { id: string }, organizationId: string): Promise<string> {
  const actor = await actorOf(user);
  try {
    await readAs(actor, (tx) => assertApprover(tx, actor, organizationId));
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return `${error.code} ${error.key}`;
    throw error;
  }
}

describe("the owner sets a client user's level", () => {
  it("is READER by default; the owner makes them APPROVER (audited, versioned) and back", async () => {
    expect((await membership(w.clientX.membership.id)).clientAccess).toBe("READER");
    actAs(w.owner.user);
    const result = await set(w.clientX.membership.id, "APPROVER");
    expect(result).toEqual({ ok: true, data: { membershipId: w.clientX.membership.id, version: 2 } });
    const after = await membership(w.clientX.membership.id);
    expect(after).toMatchObject({ clientAccess: "APPROVER", version: 2 });
    const entry = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: w.tenant.id, action: "team.setClientAccess", targetId: w.clientX.membership.id },
    });
    expect(entry).toMatchObject({ actorUserId: w.owner.user.id, outcome: "SUCCESS" });
    expect(entry.metadata).toEqual({
      userId: w.clientX.user.id,
      organizationId: w.orgX.id,
      from: "READER",
      to: "APPROVER",
    });

    // The team page shows it.
    const owner = await actorOf(w.owner.user);
    const team = await readAs(owner, (tx) => listTeam(tx, owner));
    expect(team.active.find((m) => m.membershipId === w.clientX.membership.id)?.clientAccess).toBe("APPROVER");

    expect((await set(w.clientX.membership.id, "READER", 2)).ok).toBe(true);
    expect((await membership(w.clientX.membership.id)).clientAccess).toBe("READER");
  });

  it("refuses a stale version, a staff member and an unknown level, next to the field", async () => {
    actAs(w.owner.user);
    expect(await set(w.clientX.membership.id, "APPROVER", 7)).toMatchObject({ ok: false, code: "CONFLICT" });
    const staff = await set(w.manager.membership.id, "APPROVER");
    expect(staff).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!staff.ok && staff.fieldErrors?.access).toBe("Only a client user has a reader or approver level.");
    const bad = await set(w.clientX.membership.id, "ADMIN");
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!bad.ok && bad.fieldErrors?.access).toBeTruthy();
    expect((await membership(w.clientX.membership.id)).clientAccess).toBe("READER");
    expect((await membership(w.manager.membership.id)).version).toBe(1);
  });

  it("an account manager or a client cannot set it; another tenant's owner gets 404", async () => {
    for (const user of [w.manager.user, w.clientX.user, other.owner.user]) {
      actAs(user);
      expect(await set(w.clientX.membership.id, "APPROVER")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await membership(w.clientX.membership.id)).toMatchObject({ clientAccess: "READER", version: 1 });
  });

  it("works as a form posted without JavaScript: back to the team page", async () => {
    actAs(w.owner.user);
    const data = new FormData();
    data.append("membershipId", w.clientY.membership.id);
    data.append("expectedVersion", "1");
    data.append("access", "APPROVER");
    const digest = await setClientAccessFormAction(EMPTY_FORM_STATE, data).then(
      () => "no redirect",
      (error: unknown) => String((error as { digest?: unknown }).digest ?? error),
    );
    expect(digest).toMatch(/^NEXT_REDIRECT;[a-z]+;\/team;/);
    expect((await membership(w.clientY.membership.id)).clientAccess).toBe("APPROVER");

    const refused = await setClientAccessFormAction(EMPTY_FORM_STATE, data);
    expect(refused.result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(refused.values).toMatchObject({ access: "APPROVER" });
  });
});

describe("may this actor decide for this organization?", () => {
  it("a reader is refused plainly; once the owner makes them approver, the next request may (no new sign-in)", async () => {
    expect(await mayDecide(w.clientX.user, w.orgX.id)).toBe("FORBIDDEN decisions.errors.readerCannotDecide");
    await ownerDb().membership.update({ where: { id: w.clientX.membership.id }, data: { clientAccess: "APPROVER" } });
    expect(await mayDecide(w.clientX.user, w.orgX.id)).toBe("OK");
    const actor = await actorOf(w.clientX.user);
    expect(await readAs(actor, (tx) => readClientAccess(tx, actor, w.orgX.id))).toBe("APPROVER");
  });

  it("another organization's approver, staff and another tenant's users are out of scope (404)", async () => {
    await ownerDb().membership.updateMany({
      where: { id: { in: [w.clientY.membership.id, other.clientX.membership.id] } },
      data: { clientAccess: "APPROVER" },
    });
    expect(await mayDecide(w.clientY.user, w.orgX.id)).toBe("NOT_FOUND errors.NOT_FOUND");
    expect(await mayDecide(other.clientX.user, w.orgX.id)).toBe("NOT_FOUND errors.NOT_FOUND");
    expect(await mayDecide(w.owner.user, w.orgX.id)).toBe("NOT_FOUND errors.NOT_FOUND");
    expect(await mayDecide(w.manager.user, w.orgX.id)).toBe("NOT_FOUND errors.NOT_FOUND");
    const manager = await actorOf(w.manager.user);
    expect(await readAs(manager, (tx) => readClientAccess(tx, manager, w.orgX.id))).toBeNull();
  });

  it("two client users of one organization have their own levels", async () => {
    const colleague = await createMember(ownerDb(), {
      tenantId: w.tenant.id,
      role: "CLIENT",
      organizationId: w.orgX.id,
      clientAccess: "APPROVER",
    });
    expect(await mayDecide(colleague.user, w.orgX.id)).toBe("OK");
    expect(await mayDecide(w.clientX.user, w.orgX.id)).toBe("FORBIDDEN decisions.errors.readerCannotDecide");
  });
});
