/** Folds case and accents, so "jose" finds "José" and "ALVAREZ" finds "Álvarez". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether every word of `query` appears somewhere in `fields`. */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const haystack = foldForSearch(fields.join(' '));
  return words.every(word => haystack.includes(word));
}
