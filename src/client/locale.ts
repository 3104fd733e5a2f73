/** A tag, or a getter for the current one, as the value of `Accept-Language`. */
export function currentLocale(locale: string | (() => string) | undefined): string | undefined {
  return typeof locale === 'function' ? locale() : locale;
}
