/**
 * A small JSON Schema checker for tests: type (incl. arrays of types), required, properties, items,
 * $ref to #/components/schemas, allOf, oneOf, const. Enough to hold API responses to the OpenAPI document.
 */
type Schema = Record<string, unknown>;

export function schemaErrors(value: unknown, schema: Schema, root: Schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = (root.components as { schemas: Record<string, Schema> }).schemas[name];
    return target ? schemaErrors(value, target, root, path) : [`${path}: unknown $ref ${schema.$ref}`];
  }
  const errors: string[] = [];
  if (Array.isArray(schema.allOf)) for (const s of schema.allOf as Schema[]) errors.push(...schemaErrors(value, s, root, path));
  if (Array.isArray(schema.oneOf)) {
    const ok = (schema.oneOf as Schema[]).filter((s) => !schemaErrors(value, s, root, path).length).length;
    if (ok !== 1) errors.push(`${path}: matches ${ok} of oneOf`);
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length) {
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
    const fits = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!fits) return [...errors, `${path}: ${actual} is not ${types.join('|')}`];
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    for (const k of (schema.required as string[] | undefined) ?? []) if (!(k in o)) errors.push(`${path}: missing ${k}`);
    for (const [k, s] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
      if (k in o) errors.push(...schemaErrors(o[k], s, root, `${path}.${k}`));
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...schemaErrors(v, schema.items as Schema, root, `${path}[${i}]`)));
  return errors;
}
