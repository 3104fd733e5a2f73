/**
 * Tiny decoders: each checks an untrusted value's shape and returns the typed value, or throws a
 * `ShapeError` naming the path that is wrong. Writing them by hand (rather than pulling in a schema
 * library) lets one pass validate *and* rename the wire's snake_case into the domain's camelCase, at
 * well under a kilobyte.
 */
import { safeHttpUrl } from '../utils/url.js';
import { isValidTimeZone } from '../utils/time.js';

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path} should be ${expected}`);
  }
}

export type Decoder<T> = (value: unknown, path: string) => T;

export const string: Decoder<string> = (value, path) => {
  if (typeof value !== 'string') throw new ShapeError(path, 'a string');
  return value;
};

/** Free text a backend may leave out: missing or `null` reads as empty. */
export const text: Decoder<string> = (value, path) => (value === undefined || value === null ? '' : string(value, path));

export const boolean: Decoder<boolean> = (value, path) => {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'true or false');
  return value;
};

export const finiteNumber: Decoder<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'a number');
  return value;
};

export const nonNegativeInteger: Decoder<number> = (value, path) => {
  if (!Number.isInteger(value) || (value as number) < 0) throw new ShapeError(path, 'a whole number ≥ 0');
  return value as number;
};

/** A 1–5 rating as students give it. */
export const starRating: Decoder<number> = (value, path) => {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 5) throw new ShapeError(path, 'a whole number from 1 to 5');
  return value as number;
};

/** An instant in any ISO-8601 form, normalised to UTC (`…Z`). */
export const instant: Decoder<string> = (value, path) => {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new ShapeError(path, 'an ISO-8601 instant');
  return new Date(time).toISOString();
};

export const timeZone: Decoder<string> = (value, path) => {
  if (typeof value !== 'string' || !isValidTimeZone(value)) throw new ShapeError(path, 'an IANA time zone');
  return value;
};

/** A link or picture: anything but an `http(s):` URL is dropped to `null`, never passed on. */
export const httpUrl: Decoder<string | null> = (value, path) => {
  if (value === undefined || value === null) return null;
  return safeHttpUrl(string(value, path));
};

export function nullable<T>(decode: Decoder<T>): Decoder<T | null> {
  return (value, path) => (value === null || value === undefined ? null : decode(value, path));
}

/** A field a backend may leave out: absent stays `undefined`, so "unknown" differs from `null`. */
export function optional<T>(decode: Decoder<T>): Decoder<T | undefined> {
  return (value, path) => (value === undefined ? undefined : decode(value, path));
}

/**
 * A value from a set this client knows, read tolerantly: near-misses (`Cancelled`, `one-to-one`) are
 * folded to the known value, and any other string is kept as it came, for the UI to show neutrally —
 * a backend that adds a status must not blank a widget.
 */
export function known<const T extends string>(values: readonly T[], aliases: Record<string, T> = {}): Decoder<T | (string & {})> {
  return (value, path) => {
    const folded = string(value, path)
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    return values.includes(folded as T) ? folded : (aliases[folded] ?? (value as string));
  };
}

/** Records left out of decoded lists and fields out of records, until someone reports them (see `takeDropped`). */
const droppedRecords = new WeakMap<object, number>();
/** Fields left out (see `orElse`) while the record being read is read: `fields()` marks it with them. */
let fieldsLeftOut = 0;

/**
 * A field a record can stand without: a value that cannot be read is `fallback` instead, and the
 * record is marked as missing it (reported once, as records left out of lists are).
 */
export const orElse =
  <T, F>(decode: Decoder<T>, fallback: F): Decoder<T | F> =>
  (value, path) => {
    try {
      return decode(value, path);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      fieldsLeftOut++;
      return fallback;
    }
  };

/**
 * A list of records read tolerantly: a record that cannot be read is left out and counted, and the
 * rest is kept. Only a value that is not a list at all fails.
 */
export function listOf<T>(decode: Decoder<T>): Decoder<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'an array');
    const kept: T[] = [];
    for (const [index, item] of value.entries()) {
      try {
        kept.push(decode(item, `${path}[${index}]`));
      } catch (error) {
        if (!(error instanceof ShapeError)) throw error;
      }
    }
    return markDropped(kept, value.length - kept.length);
  };
}

/** A list a record can stand without: absent or `null` is empty; anything but a list is empty, and counted. */
export const looseList =
  <T>(decode: Decoder<T>): Decoder<T[]> =>
  (value, path) =>
    value == null ? [] : orElse(listOf(decode), [])(value, path);

/** Marks `list` (or a record) as missing `count` unreadable records (or fields). */
export function markDropped<T extends object>(list: T, count: number): T {
  if (count > 0) droppedRecords.set(list, count);
  return list;
}

/**
 * How many records and fields were left out of `value` (a decoded answer: a list, a record, or an
 * object holding them, at any depth), counted once: a second look at the same answer (a shared cache)
 * finds none, so each is reported once.
 */
export function takeDropped(value: unknown, depth = 6): number {
  if (!value || typeof value !== 'object' || !depth) return 0;
  let count = droppedRecords.get(value) ?? 0;
  droppedRecords.delete(value);
  for (const part of Object.values(value)) count += takeDropped(part, depth - 1);
  return count;
}

/** An object used as a map from string keys to values of one kind. */
export function record<T>(decode: Decoder<T>): Decoder<Record<string, T>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, 'an object');
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item, `${path}.${key}`)]));
  };
}

type FieldReader = <F>(key: string, decode: Decoder<F>) => F;

/** Decodes an object by reading its fields one by one; `build` says which and how. */
export function object<T>(build: (field: FieldReader) => T): Decoder<T> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, 'an object');
    const record = value as Record<string, unknown>;
    return build((key, decode) => decode(record[key], `${path}.${key}`));
  };
}

/** A domain name as the REST contract writes it: `startsAt` → `starts_at`. */
export const wireName = (name: string): string => name.replace(/[A-Z]/g, letter => `_${letter.toLowerCase()}`);

/**
 * Decodes an object of the REST contract, whose wire names are the snake_case of the domain's
 * camelCase names: `{ startsAt: instant }` reads `starts_at`. Every field of `T` needs a decoder; a
 * field decoded as `undefined` (an optional one the backend left out) stays absent. Fields read with
 * `orElse` that could not be read are counted on the record.
 */
export function fields<T>(decoders: { [K in keyof T]-?: Decoder<T[K]> }): Decoder<T> {
  const entries = Object.entries<Decoder<unknown>>(decoders).map(([name, decode]) => [name, wireName(name), decode] as const);
  return object(field => {
    const before = fieldsLeftOut;
    const decoded: Record<string, unknown> = {};
    try {
      for (const [name, wire, decode] of entries) {
        const value = field(wire, decode);
        if (value !== undefined) decoded[name] = value;
      }
      return markDropped(decoded, fieldsLeftOut - before) as T;
    } finally {
      // Counted on this record only; a record left out whole counts once, in its list.
      fieldsLeftOut = before;
    }
  });
}
