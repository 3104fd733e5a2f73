import { intl } from '../utils/intl.js';

/** Picks the plural form of `count` in `locale`; `#` in the chosen form becomes the localized count. */
export function plural(locale: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  const form = forms[intl(Intl.PluralRules, locale, {}).select(count)] ?? forms.other;
  return form.replaceAll('#', count.toLocaleString(locale));
}
