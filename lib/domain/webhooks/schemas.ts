import { z } from "zod";
import { EVENT_TYPE_NAMES } from "@/lib/events/types";
import { bool, expectedVersion, id, idempotencyKey, optionalText } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/** What an endpoint is: the URL (checked again in the domain: scheme, credentials, private targets), a note, its events. */
const endpointFields = {
  url: z.string().trim().min(1).max(2000),
  description: optionalText(LIMITS.webhookDescription),
  eventTypes: z.array(z.enum(EVENT_TYPE_NAMES)).min(1).max(EVENT_TYPE_NAMES.length),
};

export const createWebhookEndpointSchema = z.object({ ...endpointFields, idempotencyKey: idempotencyKey() }).strict();
export type CreateWebhookEndpointInput = z.output<typeof createWebhookEndpointSchema>;

export const updateWebhookEndpointSchema = z
  .object({ id: id(), expectedVersion: expectedVersion(), ...endpointFields, enabled: bool() })
  .strict();
export type UpdateWebhookEndpointInput = z.output<typeof updateWebhookEndpointSchema>;

export const webhookEndpointRefSchema = z.object({ id: id(), expectedVersion: expectedVersion() }).strict();
export type WebhookEndpointRef = z.output<typeof webhookEndpointRefSchema>;

export const redeliverWebhookSchema = z.object({ deliveryId: id() }).strict();
export type RedeliverWebhookInput = z.output<typeof redeliverWebhookSchema>;

/** The delivery log's filter and cursor (the endpoint page's search params). */
export const deliveryLogQuerySchema = z
  .object({
    status: z.enum(["PENDING", "SUCCEEDED", "FAILED"]).optional().catch(undefined),
    before: id().optional().catch(undefined),
  })
  .strip();
export type DeliveryLogQuery = z.output<typeof deliveryLogQuerySchema>;
