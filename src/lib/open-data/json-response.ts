/** JSON files for download: stable key order, two-space indents, a final newline. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

/** A JSON Schema as served: with its own address as `$id`, so tools can resolve it. */
export function servedSchema(schema: Record<string, unknown>, id: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, ...rest };
}
