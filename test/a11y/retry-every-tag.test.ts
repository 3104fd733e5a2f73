/**
 * "Try again" on every tag, pressed as a student does — Enter on the focused button, or a real pointer
 * click — never drops the keyboard on the page's body: it rests in the tag while it loads, then on what
 * loaded (or on "Try again" again when it failed again). Where a tag offers help, a retry that did not
 * fix it offers "Contact support". A scripted `.click()` hid both: the re-render a retry asks for runs
 * between listeners, with real input only.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createMemoryClient, MentorshipError, type MentorshipClient } from '../../src/index.js';
import { deepActiveElement } from '../support/card-harness.js';
import { mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';
const CODING = 'geekpal-coding-mentorship';
const SUPPORT = 'https://4geeks.com/support';

/** Each tag, and whether it offers support after a retry that did not help. */
const TAGS: Array<[string, TemplateResult, boolean]> = [
  ['mentor-schedule-card', html`<mentor-schedule-card support-url=${SUPPORT}></mentor-schedule-card>`, true],
  ['mentorship-credits', html`<mentorship-credits support-url=${SUPPORT}></mentorship-credits>`, true],
  ['mentor-list', html`<mentor-list service=${CODING}></mentor-list>`, false],
  ['mentor-agenda', html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, false],
  ['mentorship-sessions', html`<mentorship-sessions></mentorship-sessions>`, false],
  ['mentorship-goals', html`<mentorship-goals></mentorship-goals>`, false],
  ['mentorship-intake', html`<mentorship-intake></mentorship-intake>`, false],
  ['mentorship-journey', html`<mentorship-journey support-url=${SUPPORT}></mentorship-journey>`, true],
];

/** A backend that answers every call with a 503 while `down` is true, and as the memory client after. */
function flaky(client: MentorshipClient): { client: MentorshipClient; down: boolean } {
  const state = { down: true, client };
  state.client = new Proxy(client, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        state.down
          ? Promise.reject(new MentorshipError('server', 'The backend is down.', { status: 503 }))
          : (value as (...args: unknown[]) => unknown).apply(target, args);
    },
  });
  return state;
}

/** Whether `node` is inside `host` (across shadow roots). */
function inside(host: Element, node: Node | null): boolean {
  for (let at = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) if (at === host) return true;
  return false;
}

async function pressRetry(root: ShadowRoot, input: 'key' | 'pointer'): Promise<void> {
  const retry = root.querySelector<HTMLButtonElement>('[part~="retry"]')!;
  if (input === 'key') {
    retry.focus();
    await sendKeys({ press: 'Enter' });
    return;
  }
  const box = retry.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('"Try again" with real input, on every tag', () => {
  const backend = usePinnedBackend(NOW);

  for (const [tag, template, offersSupport] of TAGS) {
    for (const input of ['key', 'pointer'] as const) {
      it(`<${tag}>, ${input === 'key' ? 'Enter' : 'a pointer click'}: the keyboard stays in the tag${offersSupport ? ', and support is offered' : ''}`, async function () {
        this.timeout(20_000);
        const backendState = flaky(createMemoryClient({ store: backend.store }));
        const element = await mount<HTMLElement>(template, { client: backendState.client });
        const root = element.shadowRoot!;
        await waitUntil(() => root.querySelector('[part~="retry"]'), `<${tag}> shows no "Try again": ${textOf(root)}`, { timeout: 5000 });
        expect(root.querySelector('[part="support"] a'), 'support before any retry').to.equal(null);

        // Still down: the error comes back, with the keyboard on "Try again" again, and help where offered.
        await pressRetry(root, input);
        await waitUntil(
          () => root.querySelector('[part~="retry"]') && deepActiveElement() === root.querySelector('[part~="retry"]'),
          `after a retry that failed, the keyboard is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`,
          { timeout: 5000 },
        );
        if (offersSupport) {
          await waitUntil(() => root.querySelector('[part="support"] a'), `<${tag}> offers no support after a failed retry`, {
            timeout: 5000,
          });
          expect(root.querySelector('[part="support"] a')!.getAttribute('href')).to.equal(SUPPORT);
        }

        // Back up: what loaded is shown, and the keyboard is on it, inside the tag.
        backendState.down = false;
        await pressRetry(root, input);
        await waitUntil(
          () => !root.querySelector('[part~="retry"]') && !root.querySelector('[part~="loading"]'),
          `<${tag}> never loaded: ${textOf(root)}`,
          { timeout: 5000 },
        );
        await waitUntil(
          () => inside(element, deepActiveElement()),
          `after the retry, the keyboard is on ${deepActiveElement()?.outerHTML.slice(0, 80) ?? 'nothing'}, not in <${tag}>`,
          { timeout: 5000 },
        );
        expect(deepActiveElement()).not.to.equal(document.body);
      });
    }
  }
});
