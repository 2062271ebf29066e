/**
 * The field names a schema allows at a place in the data. Zod reports a field it does not
 * know (`tittle:`) by its name alone; with the names it would have known, the message can
 * say which one the author meant.
 */
import type { z } from 'astro/zod';

type Schema = z.core.$ZodType;

/** The names allowed in the object at `path` (["changes", 0] for a change), or none. */
export function fieldNamesAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let node: Schema | undefined = unwrap(schema);
  for (const key of path) {
    const def: z.core.$ZodTypeDef | undefined = node?._zod.def;
    if (def?.type === 'object') node = (def as z.core.$ZodObjectDef).shape[String(key)];
    else if (def?.type === 'array') node = (def as z.core.$ZodArrayDef).element;
    else return [];
    node = node && unwrap(node);
  }
  const def = node?._zod.def;
  return def?.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

/** The schema under the wrappers that do not change a value's fields: optional, default, pipe. */
function unwrap(schema: Schema): Schema {
  let node = schema;
  for (;;) {
    const def = node._zod.def as z.core.$ZodTypeDef & { innerType?: Schema; in?: Schema };
    if (def.type === 'pipe' && def.in) node = def.in;
    else if (def.innerType) node = def.innerType;
    else return node;
  }
}
