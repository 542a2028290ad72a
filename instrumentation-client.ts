// Runs in the browser before the application's code (Next.js convention): settings
// that must be in place before any module builds a schema.
import "@/lib/validation/zod-jitless";
