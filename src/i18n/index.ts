import { en, type Catalog } from './en.js';
import { es } from './es.js';

export type { Catalog };

/** The languages the library speaks; any other locale falls back to English. */
export const catalogs: Record<'en' | 'es', Catalog> = { en, es };

export type SupportedLanguage = keyof typeof catalogs;

/** The catalog for a BCP 47 tag: `es-MX` → Spanish, `fr` → English. */
export function catalogFor(locale: string): Catalog {
  return pickLanguage(catalogs, locale);
}

/** One of a set of per-language catalogs (the shared one, or a component's own) for a BCP 47 tag. */
export function pickLanguage<C>(byLanguage: Record<SupportedLanguage, C>, locale: string): C {
  const language = locale.toLowerCase().split('-')[0];
  return language in byLanguage ? byLanguage[language as SupportedLanguage] : byLanguage.en;
}
