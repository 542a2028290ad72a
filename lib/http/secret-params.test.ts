import { describe, expect, it } from "vitest";
import { withoutSecretParams } from "@/lib/http/secret-params";

describe("withoutSecretParams", () => {
  it("drops every secret parameter, whatever its case, and keeps the others in order", () => {
    const clean = withoutSecretParams(
      new URL("http://127.0.0.1:3000/login?email=a%40b.test&password=hunter2&next=%2Fteam&PASSWORD=x&token=t"),
    );
    expect(clean?.href).toBe("http://127.0.0.1:3000/login?email=a%40b.test&next=%2Fteam");
  });

  it("drops the new-password fields of the profile and reset forms", () => {
    const clean = withoutSecretParams(
      new URL("http://localhost/profile?currentPassword=a&newPassword=b&newPasswordConfirm=b&passwordConfirm=b"),
    );
    expect(clean?.href).toBe("http://localhost/profile");
  });

  it("leaves a URL without secrets alone", () => {
    expect(withoutSecretParams(new URL("http://localhost/organizations?q=cedar&status=CLIENT"))).toBeNull();
    expect(withoutSecretParams(new URL("http://localhost/login?next=%2Fpassword"))).toBeNull();
  });
});
