/**
 * Turns a JSON Schema into a flat list of fields with their descriptions, for the /data/
 * page. The schema is the single source of every field's meaning, so the page and the
 * schema a program validates against cannot drift apart.
 */

/** The small part of JSON Schema our schemas use. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: readonly unknown[];
  oneOf?: readonly SchemaNode[];
  format?: string;
  description?: string;
  required?: readonly string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $defs?: Record<string, SchemaNode>;
}

export interface FieldDescription {
  /** Where the field sits, e.g. `documents[].published.date`. */
  path: string;
  /** Plain-English kind of value, e.g. "text or null". */
  kind: string;
  description: string;
}

/** Every field under the schema's top-level object, depth first, in schema order. */
export function describeFields(root: SchemaNode): FieldDescription[] {
  const fields: FieldDescription[] = [];
  const resolve = (node: SchemaNode): SchemaNode => {
    if (!node.$ref) return node;
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
    const target = name === undefined ? undefined : root.$defs?.[name];
    if (!target) throw new Error(`Cannot resolve ${node.$ref}`);
    return { ...resolve(target), ...withoutRef(node) };
  };
  const walk = (node: SchemaNode, prefix: string) => {
    for (const [name, raw] of Object.entries(node.properties ?? {})) {
      const field = resolve(raw);
      const path = prefix ? `${prefix}.${name}` : name;
      fields.push({ path, kind: kindOf(field, resolve), description: field.description ?? '' });
      const objectPart = objectInside(field, resolve);
      if (objectPart) walk(objectPart, path);
      const items = field.items ? resolve(field.items) : undefined;
      if (items?.properties) walk(items, `${path}[]`);
    }
  };
  walk(resolve(root), '');
  return fields;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const copy = { ...node };
  delete copy.$ref;
  return copy;
}

/** The object a field holds, also when it may be null (`oneOf: [object, null]`). */
function objectInside(
  field: SchemaNode,
  resolve: (node: SchemaNode) => SchemaNode,
): SchemaNode | undefined {
  if (field.properties) return field;
  return field.oneOf?.map(resolve).find((option) => option.properties);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'whole number',
  number: 'number',
  boolean: 'true or false',
  object: 'object',
  array: 'list',
  null: 'null',
};

function kindOf(field: SchemaNode, resolve: (node: SchemaNode) => SchemaNode): string {
  if (field.enum)
    return `one of: ${field.enum.map((value) => (value === null ? 'null' : String(value))).join(', ')}`;
  if (field.oneOf)
    return field.oneOf.map((option) => kindOf(resolve(option), resolve)).join(' or ');
  const types = Array.isArray(field.type) ? field.type : field.type ? [field.type] : [];
  return types
    .map((type) => {
      if (type === 'array' && field.items)
        return `list of ${kindOf(resolve(field.items), resolve)}`;
      if (type === 'string' && field.format === 'uri') return 'web address';
      if (type === 'string' && field.format === 'date') return 'date (YYYY-MM-DD)';
      return TYPE_WORDS[type] ?? type;
    })
    .join(' or ');
}
