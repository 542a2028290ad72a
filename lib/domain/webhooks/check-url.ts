import { fieldErrors } from "@/lib/errors";
import { targetProblem } from "@/lib/webhooks/target";

/** Refuses a URL a webhook must not be sent to, on the form's `url` field. */
export function checkWebhookUrl(url: string): string {
  const problem = targetProblem(url);
  if (problem) throw fieldErrors({ url: `integrations.webhooks.errors.${problem}` });
  return url;
}
