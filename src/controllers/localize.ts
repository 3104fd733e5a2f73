/**
 * Resolves the language a component speaks and gives it the catalog's strings.
 *
 * Order: the host's own `locale` attribute, then a `<mentorship-provider>`'s, then the nearest `lang`
 * attribute (crossing shadow roots), then the browser's language. Changes to `<html lang>` re-render
 * every connected component.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext } from '../context/keys.js';
import { catalogFor, onTranslationRegistered, type Catalog } from '../i18n/index.js';
import { closestAcrossShadows } from '../utils/dom.js';
import { isolate } from '../utils/bidi.js';

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** The host's own override, usually its `locale` attribute. */
  locale?: string;
}

/** The values a catalog entry takes: none for a plain string. */
export type TermArgs<Entry> = Entry extends (...args: infer A) => string ? A : [];

const connectedHosts = new Set<LocalizeHost>();
let documentLangObserver: MutationObserver | undefined;

const updateAll = () => connectedHosts.forEach(host => host.requestUpdate());
onTranslationRegistered(updateAll);

function watchDocumentLang(): void {
  documentLangObserver ??= new MutationObserver(updateAll);
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** The `lang` of the nearest ancestor that has one, looking through shadow roots to their hosts. */
function nearestLang(element: Element): string | undefined {
  return closestAcrossShadows(element, '[lang]')?.getAttribute('lang') || undefined;
}

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The language of an element that no provider speaks for: `own` (its `locale`), else the nearest
 * `lang`, else the browser's, else English. A provider asks its backend in its own this way.
 */
export function languageOf(element: Element, own?: string | null): string {
  return (
    canonical(own) ??
    canonical(nearestLang(element)) ??
    // No `navigator` while rendering on a server (Node before 21).
    canonical(globalThis.navigator?.language) ??
    'en'
  );
}

export class LocalizeController implements ReactiveController {
  readonly #contextLocale: ContextConsumer<typeof localeContext, LocalizeHost>;

  constructor(private readonly host: LocalizeHost) {
    host.addController(this);
    this.#contextLocale = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }

  /** The BCP 47 tag in use, e.g. `es-CO`; an unusable tag at one level falls through to the next. */
  get locale(): string {
    return canonical(this.host.locale) ?? canonical(this.#contextLocale.value) ?? languageOf(this.host);
  }

  get catalog(): Catalog {
    return catalogFor(this.locale) ?? catalogFor('en')!;
  }

  /** False while the language's module is on its way: the host waits rather than flash English. */
  get ready(): boolean {
    return catalogFor(this.locale) !== undefined;
  }

  /** A string from the catalog, with its values filled in: the one way components read their words. */
  term<K extends keyof Catalog>(key: K, ...args: TermArgs<Catalog[K]>): string {
    const entry = this.catalog[key] as string | ((...values: unknown[]) => string);
    // Names and other backend text are isolated inside the sentence (see bidi.ts).
    return typeof entry === 'function' ? entry(...args.map(arg => (typeof arg === 'string' ? isolate(arg) : arg))) : entry;
  }
}
