/**
 * The languages components speak. English is built in, in parts: what every tag says comes with the
 * main code and each tag brings its own strings (`addEnglish`, en/). Every other language is a module
 * that registers itself (`registerTranslation`), so a page downloads only the languages it shows.
 * Spanish ships with the library and is fetched the first time a component resolves to it; a page can
 * add its own language with a complete, typed catalog.
 */
import type { Catalog } from './en.js';
import { core } from './en/core.js';

export type { Catalog };

/**
 * Registered catalogs by lower-case tag (`es`, `pt-br`). English holds the parts loaded so far: a
 * component only shows keys of its own part, which its module added before the tag was defined.
 */
const registered = new Map<string, Catalog>([['en', core as Catalog]]);

/** Adds a part of the English strings (a tag's own), without replacing any the page registered. */
export function addEnglish(part: Partial<Catalog>): void {
  registered.set('en', { ...part, ...registered.get('en') } as Catalog);
}

/** The languages the library ships beyond English. Static specifiers, so bundlers see each chunk. */
const shipped: Record<string, () => Promise<unknown>> = {
  es: () => import('./es.js'),
};
const requested = new Set<string>();
/** Shipped languages whose module could not be fetched: English stands in. */
const unavailable = new Set<string>();
const listeners = new Set<() => void>();

/**
 * Adds a language, or replaces one: `registerTranslation('pt', catalog)`. Components that resolve to it
 * (`pt`, `pt-BR`) render in it at once; a regional tag (`pt-br`) wins over its language for that region.
 */
export function registerTranslation(tag: string, catalog: Catalog): void {
  registered.set(tag.toLowerCase(), catalog);
  listeners.forEach(listener => listener());
}

/** Called whenever a language is registered (components re-render). */
export function onTranslationRegistered(listener: () => void): void {
  listeners.add(listener);
}

/**
 * The catalog for a BCP 47 tag: the region's, else the language's, else English (`fr` → English).
 * `undefined` while a shipped language is still on its way: the first call starts fetching it.
 */
export function catalogFor(locale: string): Catalog | undefined {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0];
  const catalog = registered.get(tag) ?? registered.get(language);
  if (catalog) return catalog;
  const load = shipped[language];
  if (!load || unavailable.has(language)) return registered.get('en');
  if (!requested.has(language)) {
    requested.add(language);
    // A chunk that cannot be fetched must not leave the widget blank: speak English instead.
    load().catch(() => {
      unavailable.add(language);
      listeners.forEach(listener => listener());
    });
  }
  return undefined;
}
