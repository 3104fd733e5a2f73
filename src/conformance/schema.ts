/**
 * Holds a JSON answer to docs/openapi.yaml's schema for it: the subset of JSON Schema the contract uses
 * (`type`, `enum`, `required`, `properties`, `items`, `additionalProperties`, `oneOf`, `$ref`,
 * `minimum`/`maximum`, `minItems`/`maxItems`, `format: date-time | date`). Fields the contract does not
 * name are allowed: a backend may send more than the widgets read.
 */

/** A JSON Schema object as openapi.yaml writes it. */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  oneOf?: Schema[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

/** The parsed openapi.yaml (only what the kit reads). */
export interface Contract {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, Response> };
}

interface Response {
  $ref?: string;
  content?: Record<string, { schema?: Schema }>;
}

interface Operation {
  operationId: string;
  responses: Record<string, Response>;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function follow(ref: string, contract: Contract): Schema {
  // '#/components/schemas/Session' → contract.components.schemas.Session
  let node: unknown = contract;
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (!node) throw new Error(`openapi.yaml has no ${ref}`);
  return node;
}

/**
 * What is wrong with `value` for `schema`, each as `path: problem` (`sessions[0].starts_at: not a
 * date-time`); empty when it holds. The first few problems are enough to act on: at most `limit`.
 */
export function problemsOf(value: unknown, schema: Schema, contract: Contract, limit = 5): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, schema: Schema, path: string): void => {
    if (problems.length >= limit) return;
    if (schema.$ref) return visit(value, follow(schema.$ref, contract), path);
    const at = path || '(the body)';
    if (schema.oneOf) {
      const matches = schema.oneOf.filter(option => problemsOf(value, option, contract, 1).length === 0).length;
      if (matches !== 1) problems.push(`${at}: matches ${matches} of the ${schema.oneOf.length} shapes it may have, not one`);
      return;
    }
    const actual = typeOf(value);
    const types = schema.type === undefined ? undefined : ([] as string[]).concat(schema.type);
    if (types && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
      problems.push(`${at}: ${actual === 'undefined' ? 'missing' : `${actual}`}, not ${types.join(' or ')}`);
      return;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.map(each => JSON.stringify(each)).join(', ')}`);
    }
    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: ${value} is below ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: ${value} is above ${schema.maximum}`);
    }
    if (typeof value === 'string') {
      if (schema.format === 'date-time' && !(ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)))) {
        problems.push(`${at}: ${JSON.stringify(value)} is not an ISO-8601 instant`);
      }
      if (schema.format === 'date' && !(CALENDAR_DAY.test(value) && !Number.isNaN(Date.parse(value)))) {
        problems.push(`${at}: ${JSON.stringify(value)} is not a calendar day (YYYY-MM-DD)`);
      }
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${at}: fewer than ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${at}: more than ${schema.maxItems} items`);
      if (schema.items) value.forEach((item, index) => visit(item, schema.items as Schema, `${path}[${index}]`));
    }
    if (actual === 'object') {
      const object = value as Record<string, unknown>;
      const prefix = path ? `${path}.` : '';
      for (const name of schema.required ?? []) if (!(name in object)) problems.push(`${prefix}${name}: missing`);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (name in object) visit(object[name], property, `${prefix}${name}`);
      }
      if (typeof schema.additionalProperties === 'object') {
        for (const [name, item] of Object.entries(object)) {
          if (!schema.properties?.[name]) visit(item, schema.additionalProperties, `${prefix}${name}`);
        }
      }
    }
  };
  visit(value, schema, '');
  return problems.slice(0, limit);
}

/** The schema of an operation's answer with `status` (the route's own, else its `default`), if the contract gives one. */
export function answerSchema(contract: Contract, method: string, route: string, status: number): Schema | undefined {
  const operation = contract.paths[route]?.[method.toLowerCase()];
  if (!operation) throw new Error(`openapi.yaml has no ${method} ${route}`);
  let response = operation.responses[String(status)] ?? operation.responses.default;
  if (response?.$ref) response = follow(response.$ref, contract);
  return response?.content?.['application/json']?.schema;
}
