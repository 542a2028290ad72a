"use server";

/** Webhook endpoints, their secrets and redeliveries (lib/domain/webhooks). */

import { defineAction } from "@/lib/access/action";
import { createWebhookEndpoint } from "@/lib/domain/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/domain/webhooks/delete-webhook-endpoint";
import { redeliverWebhook } from "@/lib/domain/webhooks/redeliver-webhook";
import { rotateWebhookSecret } from "@/lib/domain/webhooks/rotate-webhook-secret";
import {
  createWebhookEndpointSchema,
  redeliverWebhookSchema,
  updateWebhookEndpointSchema,
  webhookEndpointRefSchema,
} from "@/lib/domain/webhooks/schemas";
import { updateWebhookEndpoint } from "@/lib/domain/webhooks/update-webhook-endpoint";

/** Idempotent by its own key (see createWebhookEndpoint): the secret must never be stored as a replayable response. */
export const createWebhookEndpointAction = defineAction(
  { name: "webhook.create", permission: "webhook.manage", input: createWebhookEndpointSchema },
  ({ tx, actor, input, requestId }) => createWebhookEndpoint(tx, actor, input, { requestId }),
);

export const updateWebhookEndpointAction = defineAction(
  { name: "webhook.update", permission: "webhook.manage", input: updateWebhookEndpointSchema },
  ({ tx, actor, input, requestId }) => updateWebhookEndpoint(tx, actor, input, { requestId }),
);

export const deleteWebhookEndpointAction = defineAction(
  { name: "webhook.delete", permission: "webhook.manage", input: webhookEndpointRefSchema },
  ({ tx, actor, input, requestId }) => deleteWebhookEndpoint(tx, actor, input, { requestId }),
);

export const rotateWebhookSecretAction = defineAction(
  { name: "webhook.rotateSecret", permission: "webhook.manage", input: webhookEndpointRefSchema },
  ({ tx, actor, input, requestId }) => rotateWebhookSecret(tx, actor, input, { requestId }),
);

export const redeliverWebhookAction = defineAction(
  { name: "webhook.redeliver", permission: "webhook.manage", input: redeliverWebhookSchema },
  ({ tx, actor, input, requestId }) => redeliverWebhook(tx, actor, input, { requestId }),
);
