/**
 * Writes against a real HTTP server (test/server/contract-server.ts) where the trouble lives in HTTP:
 * a connection that dies before the answer (Chromium resends the request by itself), an answer lost
 * after the write, a 503 after the write. Each write must end once on the server, and be shown as done.
 * Pressed with real keys, as a student would.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  CanceledEvent,
  CheckedInEvent,
  MentorshipErrorEvent,
  MentorshipJourney,
  MentorshipSessions,
  ProgramClosedEvent,
} from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { deepActiveElement } from '../support/card-harness.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { planFaults, realHttpClient, resetServer, serverState } from '../support/http-backend.js';
import { SessionsHarness } from '../support/sessions-harness.js';

/** Focuses a control and presses a key on it, as a keyboard user does. */
async function press(control: HTMLElement, key = 'Enter'): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
}

function usePinnedServer(now: string): void {
  const realNow = clock.now;
  beforeEach(async () => {
    clock.now = () => new Date(now);
    await resetServer({ now });
  });
  afterEach(() => {
    clock.now = realNow;
  });
}

const writesTo = async (pattern: RegExp) =>
  (await serverState()).requests.filter(request => request.method !== 'GET' && pattern.test(request.path));

describe('writes over real HTTP: resent by the browser, answers lost after the write', () => {
  const errors = eventsPerTest<MentorshipErrorEvent>('mentorship-error');

  describe('a check-in', () => {
    usePinnedServer('2026-11-24T12:00:00.000Z');
    const checkedIn = eventsPerTest<CheckedInEvent>('mentorship-checked-in');

    it('whose connection dies before the answer is recorded once and shown as done, never "already checked in"', async () => {
      await planFaults({ next: ['reset-after'], only: '/check-in$' });
      const element = await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, {
        client: realHttpClient({ retries: 0 }),
      });
      const ui = new SessionsHarness(element);
      await ui.loaded();
      await press(ui.all('[part~="tab"]')[1]);
      await ui.loaded();
      const form = () => ui.sessionNow('Ana García')?.querySelector<HTMLFormElement>('[part~="check-in"]');
      await waitUntil(() => form()?.querySelector('.stars input'), 'no check-in form', { timeout: 5000 });
      await press(form()!.querySelectorAll<HTMLInputElement>('.stars input')[4], 'Space');
      form()!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'Clear next steps.' });
      await press(form()!.querySelector<HTMLButtonElement>('[part~="send-feedback"]')!);

      await waitUntil(() => checkedIn().length === 1, 'never shown as checked in', { timeout: 5000 });
      expect(ui.notice()).to.equal('Thanks for checking in!');
      expect(ui.notice()).not.to.contain('already');
      expect(errors(), 'no error for a write the server did').to.deep.equal([]);
      expect(deepActiveElement(), 'the keyboard is on the result').not.to.equal(document.body);

      const sent = await writesTo(/check-in$/);
      expect(sent.length, 'the server saw it again (resent by the browser or the client)').to.be.at.least(2);
      expect(new Set(sent.map(request => request.key)).size, 'one key').to.equal(1);
      expect(sent[0].key).to.be.a('string');
      const { past } = await serverState();
      expect(past.filter(session => session.checkIn)).to.have.length(1);
      expect(past.find(session => session.checkIn)!.checkIn).to.deep.include({ rating: 5, comment: 'Clear next steps.' });
    });
  });

  describe('"Cancel this and the following"', () => {
    usePinnedServer('2026-11-02T12:00:00.000Z');
    const canceled = eventsPerTest<CanceledEvent>('mentorship-canceled');

    it('whose connection dies before the answer cancels the meetings once, gives every credit back, and says so', async () => {
      const client = realHttpClient({ retries: 0 });
      const meetings = ['2026-11-04T16:00:00.000Z', '2026-11-11T16:00:00.000Z', '2026-11-18T16:00:00.000Z'];
      await client.bookSeries!({
        mentor: 'ana-garcia',
        service: 'geekpal-coding-mentorship',
        occurrences: meetings,
        timezone: 'America/Bogota',
        idempotencyKey: crypto.randomUUID(),
      });
      const coding = async () => (await serverState()).credits.find(bucket => bucket.id === 'monthly-coding')!.remaining!;
      const before = await coding();
      await planFaults({ next: ['reset-after'], only: '/cancel$' });

      const element = await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, { client });
      const ui = new SessionsHarness(element);
      await ui.loaded();
      await waitUntil(() => ui.one('[part="series"] summary'), 'the series was not grouped', { timeout: 5000 });
      await press(ui.one('[part="series"] summary')!);
      const first = ui.all('[part="series"] [part="session"]')[0];
      await press(first.querySelector<HTMLElement>('[part~="cancel"]')!);
      await press(await ui.waitFor<HTMLButtonElement>('[part~="confirm-following"]'));

      await waitUntil(() => ui.notice() === '3 meetings canceled.', `no confirmation (${ui.notice()})`, { timeout: 5000 });
      expect(canceled()).to.have.length(1);
      expect(errors()).to.deep.equal([]);
      const { upcoming } = await serverState();
      expect(upcoming.filter(session => meetings.includes(session.startsAt) && session.status !== 'canceled')).to.deep.equal([]);
      expect((await coding()) - before, 'every credit back, once').to.equal(3);
      const sent = await writesTo(/cancel$/);
      expect(new Set(sent.map(request => request.key)).size).to.equal(1);
    });
  });

  describe('closing the programme', () => {
    usePinnedServer('2026-11-24T12:00:00.000Z');
    const closed = eventsPerTest<ProgramClosedEvent>('mentorship-program-closed');

    for (const fault of ['drop-after', '5xx-after'] as const) {
      it(`whose answer is lost (${fault}) is closed once, said as done, and its summary shown`, async () => {
        await planFaults({ next: [fault], only: '/program/close$', holdMs: 1500 });
        const journey = await mount<MentorshipJourney>(html`<mentorship-journey></mentorship-journey>`, {
          client: realHttpClient({ retries: 0, timeoutMs: 600 }),
        });
        await waitUntil(() => journey.shadowRoot!.querySelector('button[part~="close-program"]'), 'no way to close', { timeout: 5000 });
        const root = journey.shadowRoot!;
        await press(root.querySelector<HTMLElement>('button[part~="close-program"]')!);
        await waitUntil(() => root.querySelector('#closing-summary'), 'the closing form never opened', { timeout: 5000 });
        root.querySelector<HTMLElement>('#closing-summary')!.focus();
        await sendKeys({ type: 'Keep building in public.' });
        await press(root.querySelectorAll<HTMLInputElement>('input[name="rating"]')[4], 'Space');
        await press(root.querySelector<HTMLElement>('[part="closing-form"] [type="submit"]')!);

        await waitUntil(() => closed().length === 1, `never closed: ${textOf(root)}`, { timeout: 6000 });
        await waitUntil(() => root.querySelector('[part="summary"]'), 'no summary');
        expect(textOf(root)).not.to.contain('already closed');
        expect(errors()).to.deep.equal([]);
        const sent = await writesTo(/program\/close$/);
        expect(sent.length).to.be.at.least(2);
        expect(new Set(sent.map(request => request.key)).size, 'one key').to.equal(1);
        expect((await serverState()).program!.closed!.summary).to.equal('Keep building in public.');
      });
    }
  });
});
