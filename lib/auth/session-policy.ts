/**
 * How long a sign-in lasts. OWASP ASVS 5.0 (V7.3.1, V7.3.2) asks for an inactivity timeout
 * and an absolute maximum lifetime chosen by a documented risk decision; these follow NIST
 * SP 800-63B-4 for AAL2 (re-authenticate after at most 1 hour of inactivity) with an
 * absolute limit of one working day (12 hours, stricter than its 24), for a portal that
 * holds clients' IT and budget figures. Nothing extends the absolute limit: it is fixed in
 * the session's row at sign-in (lib/auth/sessions.ts), and the cookie never outlives it.
 */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 60 * 60;
/** A session's last activity is written at most this often (one write per session per minute, not per request). */
export const SESSION_TOUCH_SECONDS = 60;
