/**
 * The one gate every URL passes before it reaches an `href` or `src`: only `http:` and `https:`
 * survive; `javascript:`, `data:`, `vbscript:`, `blob:` and anything unparsable become `null`.
 * Relative URLs resolve against the page, so a page can pass `purchase-url="/pricing"`.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim(), globalThis.document?.baseURI);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
