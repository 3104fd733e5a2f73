/**
 * One cache for every `Intl` formatter: building one costs far more than using it, and a render
 * formats hundreds of values. Keyed by kind, language and options.
 */
const made = new Map<string, unknown>();

export function intl<O, T>(Make: new (locale: string, options: O) => T, locale: string, options: O): T {
  const key = `${Make.name} ${locale} ${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = new Make(locale, options)));
  return value;
}
