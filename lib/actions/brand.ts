"use server";

/** The MSP's brand (lib/domain/brand): set by the owner on the settings page. */

import { defineAction } from "@/lib/access/action";
import { updateBrandSchema } from "@/lib/domain/brand/schemas";
import { updateBrand } from "@/lib/domain/brand/update-brand";

export const updateBrandAction = defineAction(
  { name: "brand.update", permission: "brand.update", input: updateBrandSchema },
  ({ tx, actor, input, requestId }) => updateBrand(tx, actor, input, { requestId }),
);
