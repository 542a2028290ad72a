/**
 * Signs in the way a browser does, through Auth.js's own endpoints:
 * GET /api/auth/csrf (token + csrf cookie), then a form-encoded POST to
 * /api/auth/callback/credentials; the session is the `authjs.session-token`
 * cookie of the redirect that follows. Nothing is read from the database.
 */
export type Session = { email: string; cookie: string };

function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return jar;
}

const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf: ${csrf.status}`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
  });
  for (const [k, v] of cookiesOf(response)) jar.set(k, v);
  const token = [...jar].find(([k]) => k.endsWith("authjs.session-token"));
  if (!token || !token[1]) {
    throw new Error(
      `sign-in refused for ${email} (status ${response.status}, location ${response.headers.get("location") ?? "-"})`,
    );
  }
  // Only the session cookie: a browser would also keep the csrf and callback cookies, which no page reads.
  const session = { email, cookie: `${token[0]}=${token[1]}` };
  const check = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie: session.cookie } });
  const body = (await check.json()) as { user?: { id?: string } } | null;
  if (!body?.user?.id) throw new Error(`the session of ${email} is not recognised by /api/auth/session`);
  return session;
}
