/**
 * CDN add-on: the whole English catalog, for a page that writes its own language from it
 * (`registerTranslation('pt', { ...en, … })`). Built on its own (vite.cdn-en.config.ts): the main file
 * and the tags' chunks carry English in parts, each with its tag, and this file shares none of them.
 */
export { en } from '../i18n/en.js';
