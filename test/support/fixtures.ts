/**
 * Mounting components the way a page does: inside a <mentorship-provider> with a pinned language,
 * time zone and backend.
 */
import { sendMouse } from '@web/test-runner-commands';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
// Spanish is fetched on first use; tests register it up front so Spanish renders without a wait.
import '../../src/i18n/es.js';
import type { MentorshipClient } from '../../src/index.js';
import { deepQueryAll, textOf } from '../../src/testing/index.js';

export interface MountOptions {
  client?: MentorshipClient;
  apiBase?: string;
  locale?: string;
  timeZone?: string;
}

/** Mounts `content` in a provider and returns its first element. */
export async function mount<T extends Element>(content: TemplateResult, options: MountOptions = {}): Promise<T> {
  const { client, apiBase, locale = 'en', timeZone = 'America/Bogota' } = options;
  const provider = await fixture(html`<mentorship-provider
    .client=${client}
    api-base=${apiBase ?? ''}
    locale=${locale}
    time-zone=${timeZone}
    >${content}</mentorship-provider
  >`);
  return provider.firstElementChild as T;
}

// The text of an element or shadow root, whitespace folded: the same as the shipped page objects read.
export { textOf } from '../../src/testing/index.js';

/** Waits until the component shows neither a skeleton nor nothing. */
export async function loaded(element: Element): Promise<void> {
  await waitUntil(
    () => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]') && textOf(element.shadowRoot) !== '',
    `${element.localName} never finished loading`,
  );
}

/** Collects every event of `type` that reaches the document. */
export function collect<E extends Event>(type: string): E[] {
  const events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  document.addEventListener(type, listener);
  afterEach(() => document.removeEventListener(type, listener));
  return events;
}

/**
 * Every event of `type` that reaches the document during each test of the calling `describe`:
 * read `events()` inside a test.
 */
export function eventsPerTest<E extends Event>(type: string): () => E[] {
  let events: E[] = [];
  const listener = (event: Event) => events.push(event as E);
  beforeEach(() => {
    events = [];
    document.addEventListener(type, listener);
  });
  afterEach(() => document.removeEventListener(type, listener));
  return () => events;
}

/**
 * The README's promise: every target — button, link, field — is at least 32 × 32 px. Checks what is
 * rendered in `root` and the shadow roots below it (hidden controls are skipped); returns what fails.
 */
export function smallTargets(root: ParentNode, min = 32): string[] {
  const found: string[] = [];
  for (const control of deepQueryAll(root, 'button, a[href], select, input, textarea, [role="button"], [tabindex="0"]')) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || control.closest('.visually-hidden')) continue;
    if (box.width < min || box.height < min) {
      found.push(`${Math.round(box.width)}×${Math.round(box.height)} ${control.outerHTML.replace(/\s+/g, ' ').slice(0, 90)}`);
    }
  }
  return found;
}

/** Presses `element` with the real mouse, at its centre. */
export async function mouseClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/**
 * Chooses `date` (`YYYY-MM-DD`) in a goal form's "By when?" — its day, month and year choices — as a
 * choice of each does (a `change` per select).
 */
export async function chooseGoalDate(root: ParentNode, date: string): Promise<void> {
  const [year, month, day] = date.split('-');
  for (const [part, value] of [
    ['year', year],
    ['month', month],
    ['day', day],
  ] as const) {
    const select = root.querySelector<HTMLSelectElement>(`select[name="targetDate-${part}"]`);
    if (!select) throw new Error(`no ${part} to choose in the goal form`);
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await new Promise(requestAnimationFrame);
  }
}
