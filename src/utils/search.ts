/** Folds case and accents, so "jose" finds "José" and "ALVAREZ" finds "Álvarez". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The words of a query, folded. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** Whether every word of `query` appears somewhere in `fields`. */
export function matchesQuery(query: string, fields: readonly string[]): boolean {
  const haystack = foldForSearch(fields.join(' '));
  return searchWords(query).every(word => haystack.includes(word));
}

/** Each record's folded text, per language: made once per record, not once per keystroke. */
const foldedText = new WeakMap<object, { language: string; text: string }>();

/**
 * The folded text `record` is searched by. Each record is folded once (a slice at a time after its list
 * arrives, see `inSlices`, or at the first search), so typing only compares strings.
 */
export function searchTextOf(record: object, language: string, fields: () => readonly string[]): string {
  let entry = foldedText.get(record);
  if (entry?.language !== language) foldedText.set(record, (entry = { language, text: foldForSearch(fields().join(' ')) }));
  return entry.text;
}

/**
 * Calls `work` on each record a few milliseconds at a time, each slice a task of its own: 5,000
 * mentors' search text is ready by the first keystroke without a long task when the list arrives,
 * and a keystroke that comes meanwhile waits one slice at most.
 */
export function inSlices<T>(records: readonly T[], work: (record: T) => void, from = 0): void {
  setTimeout(() => {
    const until = performance.now() + 8;
    while (from < records.length && performance.now() < until) work(records[from++]);
    if (from < records.length) inSlices(records, work, from);
  });
}
