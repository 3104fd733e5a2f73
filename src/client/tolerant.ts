/**
 * Reading single records tolerantly (decode.ts reads lists so): a field that cannot be read is left out
 * — its fallback stands in — and counted on the record, so the component reports it once
 * (`mentorship-error` with `dropped`, see `takeDropped`) and shows the rest. Used by the calls only
 * some pages make (the programme, series), so the main file carries none of it.
 */
import { fields, markDropped, ShapeError, takeDropped, type Decoder } from './decode.js';

/** A field read tolerantly: a value that cannot be read is `fallback`, and the rest of its record stands. */
export const orElse =
  <T, F>(decode: Decoder<T>, fallback: F): Decoder<T | F> =>
  (value, path) => {
    try {
      return decode(value, path);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      return fallback;
    }
  };

/**
 * `fields()` where the fields named in `fallbacks` may be left out: each one that cannot be read takes
 * its fallback and is counted on the record, with whatever its own fields and lists left out.
 */
export function tolerantFields<T extends object>(
  decoders: { [K in keyof T]-?: Decoder<T[K]> },
  fallbacks: { [K in keyof T]?: T[K] },
): Decoder<T> {
  let leftOut = 0;
  const guarded = { ...decoders };
  for (const key of Object.keys(fallbacks) as Array<keyof T>) {
    const decode = decoders[key];
    guarded[key] = (value, path) => {
      try {
        return decode(value, path);
      } catch (error) {
        if (!(error instanceof ShapeError)) throw error;
        leftOut += 1;
        return fallbacks[key] as T[keyof T];
      }
    };
  }
  const whole = fields<T>(guarded);
  return (value, path) => {
    const before = leftOut;
    const decoded = whole(value, path);
    const count = leftOut - before;
    leftOut = before;
    return markDropped(decoded, count + takeDropped(decoded));
  };
}
