/** Downloads made in the browser, from the click that asked for them. */

/** Offers `content` as a file download, from the click that asked for it. */
export function downloadFile(parent: Node, fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  parent.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give it a moment before letting go of it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
