/**
 * The one gate every backend-supplied URL passes before it reaches an `href` or `src`: only absolute
 * `http:` and `https:` URLs survive; `javascript:`, `data:`, `vbscript:` and anything unparsable
 * become `null`.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
