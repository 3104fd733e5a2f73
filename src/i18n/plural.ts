const rules = new Map<string, Intl.PluralRules>();

/** Picks the plural form of `count` in `locale`; `#` in the chosen form becomes the localized count. */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replaceAll('#', count.toLocaleString(locale));
}
