/**
 * The mentor's tags speak a shipped language once its mentor's part is here: Spanish comes in two
 * modules, es.ts for every tag and es-mentor.ts for the mentor's, so a student's page downloads only
 * the first. English needs nothing (each tag brings its own English); a language a page registered
 * whole (`registerTranslation`) needs nothing either.
 */
import type { LocalizeController } from '../controllers/localize.js';
import type { Catalog } from './en.js';
import { registerTranslation } from './index.js';

/** Static specifiers, so bundlers see each chunk. */
const PARTS: Record<string, () => Promise<unknown>> = { es: () => import('./es-mentor.js') };
const requested = new Set<string>();

/**
 * Whether a mentor's tag has its words (`english`, its own English part) in its language; the first
 * call for a language without them fetches its part (the tag renders again when it is registered). A
 * part that cannot be fetched (offline) leaves the tag's own words in English rather than it blank.
 */
export function mentorWordsReady(localize: LocalizeController, english: Partial<Catalog>): boolean {
  if (!localize.ready) return false;
  if (Object.keys(english).every(key => key in localize.catalog)) return true;
  const language = localize.locale.split('-')[0].toLowerCase();
  if (!requested.has(language)) {
    requested.add(language);
    const load = PARTS[language] ?? (() => Promise.reject(new Error(`no mentor's part for ${language}`)));
    // English stands in for the mentor's words only: the rest stays in the tag's language.
    load().catch(() => registerTranslation(language, { ...english, ...localize.catalog }));
  } else if (!PARTS[language]) {
    // Another mentor's tag of a language without a part: its English joins the rest at once.
    registerTranslation(language, { ...english, ...localize.catalog });
  }
  return false;
}
