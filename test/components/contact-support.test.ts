import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createHttpClient, createMemoryClient, type MentorScheduleCard, type MentorshipCredits } from '../../src/index.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { CardHarness, deepActiveElement } from '../support/card-harness.js';
import { loaded, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';

/** The support links shown, as [text, href]. */
const supportLinks = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLAnchorElement>('[part="support"] a')].map(link => [textOf(link), link.getAttribute('href')]);
const waitForSupport = (root: ParentNode, what = 'no support offered') =>
  waitUntil(() => root.querySelector('[part="support"] a'), what, { timeout: 5000 });

describe('Contact support, where a student is stuck', () => {
  const backend = usePinnedBackend(NOW);

  describe('<mentorship-credits>', () => {
    it('at zero credits: the page’s support address (no programme manager for this student)', async () => {
      const credits = await mount<MentorshipCredits>(html`<mentorship-credits support-email="support@4geeks.com"></mentorship-credits>`, {
        client: createMemoryClient({ store: backend.store, student: 'student-out-of-credits' }),
      });
      await loaded(credits);
      await waitForSupport(credits.shadowRoot!);
      expect(supportLinks(credits.shadowRoot!)).to.deep.equal([['Contact support', 'mailto:support@4geeks.com']]);
    });

    it('with credits unclear (none for this service): the support page and the programme manager, in Spanish too', async () => {
      for (const [locale, expected] of [
        [
          'en',
          [
            ['Contact support', 'https://4geeks.com/support'],
            ['Write to Laura Gómez, your programme manager', 'mailto:laura.gomez@4geeks.example'],
          ],
        ],
        [
          'es',
          [
            ['Escribe a soporte', 'https://4geeks.com/support'],
            ['Escribe a Laura Gómez, responsable de tu programa', 'mailto:laura.gomez@4geeks.example'],
          ],
        ],
      ] as const) {
        const credits = await mount<MentorshipCredits>(
          html`<mentorship-credits service="data-science-mentorship" support-url="https://4geeks.com/support"></mentorship-credits>`,
          { apiBase: '/api', locale },
        );
        await loaded(credits);
        await waitUntil(() => supportLinks(credits.shadowRoot!).length === 2, `no manager offered (${locale})`, { timeout: 5000 });
        expect(supportLinks(credits.shadowRoot!)).to.deep.equal(expected);
        // The two ways to ask stand apart: a clear gap on one line, or one under the other.
        for (const width of ['600px', '220px']) {
          credits.style.width = width;
          const [first, second] = [...credits.shadowRoot!.querySelectorAll('[part="support"] a')].map(link => link.getBoundingClientRect());
          if (Math.abs(first.top - second.top) < 1) expect(second.left - first.right, `${locale} at ${width}`).to.be.at.least(12);
          else expect(second.top, `${locale} at ${width}`).to.be.at.least(first.bottom);
        }
      }
    });

    it('not while the student has sessions to book, and never a script URL', async () => {
      const credits = await mount<MentorshipCredits>(
        html`<mentorship-credits support-url="https://4geeks.com/support" purchase-url="https://4geeks.com/checkout"></mentorship-credits>`,
        { apiBase: '/api' },
      );
      await loaded(credits);
      await credits.updateComplete;
      expect(credits.shadowRoot!.querySelector('[part="support"]')).to.equal(null);

      const stuck = await mount<MentorshipCredits>(html`<mentorship-credits support-url="javascript:alert(1)"></mentorship-credits>`, {
        client: createMemoryClient({ store: backend.store, student: 'student-out-of-credits' }),
      });
      await loaded(stuck);
      // Give the support code time to arrive: nothing to offer, nothing shown.
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(stuck.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(stuck.shadowRoot!.querySelector('[part="support"]')).to.equal(null);
    });

    it('after an error that retrying did not fix, not before', async () => {
      (await worker()).use(
        http.get('/api/credits', () => HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 503 })),
      );
      const credits = await mount<MentorshipCredits>(html`<mentorship-credits support-email="support@4geeks.com"></mentorship-credits>`, {
        client: createHttpClient({ baseUrl: '/api', retries: 0 }),
      });
      await waitUntil(() => credits.shadowRoot!.querySelector('[part="error"]'), 'no error state', { timeout: 5000 });
      await new Promise(resolve => setTimeout(resolve, 200));
      expect(credits.shadowRoot!.querySelector('[part="support"]')).to.equal(null);
      // A real key: the re-render "Try again" asks for runs before any bubbling listener would hear it.
      credits.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForSupport(credits.shadowRoot!, 'no support after a failed retry');
      expect(deepActiveElement(), 'the keyboard stays in the widget').not.to.equal(document.body);
      expect(supportLinks(credits.shadowRoot!)[0]).to.deep.equal(['Contact support', 'mailto:support@4geeks.com']);
    });
  });

  describe('<mentor-schedule-card>', () => {
    it('out of credits for a service: beside "Get more sessions"', async () => {
      const card = await mount<MentorScheduleCard>(
        html`<mentor-schedule-card purchase-url="https://4geeks.com/checkout" support-email="support@4geeks.com"></mentor-schedule-card>`,
        { client: createMemoryClient({ store: backend.store, student: 'student-out-of-credits' }) },
      );
      const ui = new CardHarness(card);
      await ui.open();
      await ui.chooseService('GeekPal');
      await ui.waitForStep('No sessions left');
      await waitForSupport(card.shadowRoot!);
      expect(supportLinks(card.shadowRoot!)).to.deep.equal([['Contact support', 'mailto:support@4geeks.com']]);
    });

    it('after an error that retrying did not fix, with the programme manager', async () => {
      const down = () => HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 500 });
      (await worker()).use(http.get('/api/mentors', down), http.get('/api/services', down));
      const card = await mount<MentorScheduleCard>(
        html`<mentor-schedule-card support-url="https://4geeks.com/support"></mentor-schedule-card>`,
        {
          client: createHttpClient({ baseUrl: '/api', retries: 0 }),
        },
      );
      const ui = new CardHarness(card);
      await ui.waitFor('[part="error"]');
      expect(ui.one('[part="support"]')).to.equal(undefined);
      // A real pointer press on "Try again".
      const retry = ui.one('[part~="retry"]')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(retry.x + retry.width / 2), Math.round(retry.y + retry.height / 2)] });
      await waitUntil(() => supportLinks(card.shadowRoot!).length === 2, 'no support after a failed retry', { timeout: 5000 });
      expect(deepActiveElement()).not.to.equal(document.body);
      expect(supportLinks(card.shadowRoot!)).to.deep.equal([
        ['Contact support', 'https://4geeks.com/support'],
        ['Write to Laura Gómez, your programme manager', 'mailto:laura.gomez@4geeks.example'],
      ]);
    });
  });
});
