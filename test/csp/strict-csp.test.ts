import { expect, waitUntil } from '@open-wc/testing';
import type { MentorScheduleCard } from '../../src/index.js';
import { CardHarness } from '../support/card-harness.js';

type StrictWindow = Window & { violations: string[]; pageErrors: string[]; pageReady?: boolean };

describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  it('runs the whole booking with zero policy violations', async () => {
    frame = document.createElement('iframe');
    frame.style.width = '400px';
    frame.style.height = '900px';
    frame.src = '/test/csp/strict-page.html';
    document.body.append(frame);
    await waitUntil(() => (frame.contentWindow as StrictWindow | null)?.pageReady, 'the strict page never loaded', { timeout: 5000 });
    const page = frame.contentWindow as StrictWindow;
    const response = await fetch('/test/csp/strict-page.html');
    expect(response.headers.get('Content-Security-Policy')).to.contain("require-trusted-types-for 'script'");

    const ui = new CardHarness(page.document.querySelector('mentor-schedule-card') as MentorScheduleCard);
    (await ui.waitFor('[part~="slot"]')).click();
    await ui.waitForStep('Confirm your session');
    await ui.waitFor('[part="summary"]');
    await ui.writeAgenda('Under a strict CSP');
    await ui.book();
    await ui.waitForStep("You're booked!");
    // "Add to calendar": its choices (a popover placed through the CSSOM) and the .ics file.
    ui.one('[part~="calendar"]')!.click();
    const menu = await ui.waitFor('[part="calendar-menu"]');
    await waitUntil(() => menu.matches(':popover-open'), 'the calendar choices did not open');
    expect(menu.querySelectorAll('a')).to.have.length(3);
    menu.querySelector('button')!.click();
    await waitUntil(() => !ui.one('[part="calendar-menu"]'), 'choosing the file did not close the choices');
    ui.one('[part~="book-another"]')!.click();
    await ui.waitForStep('Choose a service');

    expect(page.violations).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
  });
});

describe('a strict page whose widgets use the HTTP client (connect-src) and list sessions', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  it('books through the REST contract and the sessions tag lists it, with zero policy violations', async () => {
    frame = document.createElement('iframe');
    frame.style.width = '400px';
    frame.style.height = '1400px';
    frame.src = '/test/csp/strict-http-page.html';
    document.body.append(frame);
    await waitUntil(
      () =>
        (frame.contentWindow as StrictWindow | null)?.document.querySelector('mentor-schedule-card') &&
        (frame.contentWindow as StrictWindow).violations,
      'the page never loaded',
      { timeout: 5000 },
    );
    const page = frame.contentWindow as StrictWindow;
    const response = await fetch('/test/csp/strict-http-page.html');
    expect(response.headers.get('Content-Security-Policy')).to.contain("default-src 'self'");

    const ui = new CardHarness(page.document.querySelector('mentor-schedule-card') as MentorScheduleCard);
    (await ui.waitFor('[part~="slot"]')).click();
    await ui.waitForStep('Confirm your session');
    await ui.writeAgenda('Through the REST contract');
    await ui.book();
    await ui.waitForStep("You're booked!");
    const sessions = page.document.querySelector('mentorship-sessions')!;
    await waitUntil(
      () => (sessions.shadowRoot?.textContent ?? '').includes('Through the REST contract'),
      'the sessions tag never listed the booking',
    );
    expect(page.violations).to.deep.equal([]);
    expect(page.pageErrors).to.deep.equal([]);
  });
});

describe('a host app with its own copy of Lit, under Trusted Types with allow-duplicates', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame.remove());

  for (const order of ['host-first', 'widgets-first']) {
    it(`both render and a session books (${order})`, async () => {
      frame = document.createElement('iframe');
      frame.style.width = '400px';
      frame.style.height = '900px';
      frame.src = `/test/csp/two-lits.html?order=${order}`;
      document.body.append(frame);
      await waitUntil(() => (frame.contentWindow as StrictWindow | null)?.pageReady, 'the page never loaded', { timeout: 8000 });
      const page = frame.contentWindow as StrictWindow;
      const response = await fetch('/test/csp/two-lits.html');
      expect(response.headers.get('Content-Security-Policy')).to.contain("trusted-types lit-html 'allow-duplicates'");
      const host = page.document.querySelector('host-greeting')!;
      await waitUntil(() => host.shadowRoot?.textContent?.includes('Hello from the host app'), 'the host app did not render');

      const ui = new CardHarness(page.document.querySelector('mentor-schedule-card') as MentorScheduleCard);
      (await ui.waitFor('[part~="slot"]')).click();
      await ui.waitForStep('Confirm your session');
      await ui.book();
      await ui.waitForStep("You're booked!");
      expect(page.violations).to.deep.equal([]);
      expect(page.pageErrors).to.deep.equal([]);
    });
  }
});
