import type { InputChange } from "./changes";
import { INPUT_FIELDS } from "./fields";
import { text, textList, type EngineKey, type Text } from "./text";

/** The catalog key of a value as read inside a sentence (`engine.value.backups.none`). */
const valueText = (field: string, value: string): Text => text(`engine.value.${field}.${value}` as EngineKey);

/**
 * The change as a clause ("the number of sites were 2 instead of 1"), for "If {clause}, ...",
 * by the kind of field (fields.ts): counts and choices say from and to, flags say which way,
 * sets say what was added or removed.
 */
export function changeClause(change: InputChange): Text {
  const def = INPUT_FIELDS[change.field];
  switch (def.kind) {
    case "count":
      return text(`engine.change.${change.field}` as EngineKey, {
        from: change.from as number,
        to: change.to as number,
      });
    case "flag":
      return text(`engine.change.${change.field}.${change.to ? "true" : "false"}` as EngineKey);
    case "choice":
      return text(`engine.change.${change.field}` as EngineKey, {
        from: valueText(change.field, change.from as string),
        to: valueText(change.field, change.to as string),
      });
    case "set": {
      const from = change.from as readonly string[];
      const to = change.to as readonly string[];
      const added = to.filter((v) => !from.includes(v));
      const removed = from.filter((v) => !to.includes(v));
      const [way, items] = added.length > 0 ? (["add", added] as const) : (["remove", removed] as const);
      return text(`engine.change.${change.field}.${way}` as EngineKey, {
        service: textList(items.map((v) => valueText(change.field, v))),
      });
    }
  }
}
