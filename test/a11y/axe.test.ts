import { expect, html, waitUntil } from '@open-wc/testing';
import {
  createDemoDataset,
  createMemoryClient,
  MemoryStore,
  MentorshipError,
  type MentorAgenda,
  type MentorList,
  type MentorScheduleCard,
  type MentorshipClient,
  type MentorshipCredits,
  type MentorshipGoals,
  type MentorshipIntake,
  type MentorshipJourney,
  type MentorshipSessions,
  type MentorDesk,
  type MentorAvailability,
} from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { CardHarness } from '../support/card-harness.js';
import { fixedClock } from '../support/clock.js';
import { loaded, mount, smallTargets } from '../support/fixtures.js';
import { SessionsHarness } from '../support/sessions-harness.js';
import { AvailabilityHarness, MentorDeskHarness } from '../../src/testing/index.js';

const NOW = '2026-11-24T12:00:00.000Z';
const CODING = 'geekpal-coding-mentorship';

/** axe-core over the element and everything in its shadow roots; and the README's 32 × 32 px targets. */
async function expectAccessible(element: Element, state: string): Promise<void> {
  try {
    await expect(element.parentElement ?? element).to.be.accessible();
  } catch (error) {
    throw new Error(`${state}: ${(error as Error).message}`, { cause: error });
  }
  expect(smallTargets(element), `${state}: targets under 32 × 32 px`).to.deep.equal([]);
}

const failing: MentorshipClient = {
  ...createMemoryClient(),
  listServices: () => Promise.reject(new MentorshipError('server', 'down')),
  listMentors: () => Promise.reject(new MentorshipError('server', 'down')),
  getCredits: () => Promise.reject(new MentorshipError('network', 'down')),
  getAvailability: () => Promise.reject(new MentorshipError('timeout', 'down')),
};

for (const { locale, theme } of [
  { locale: 'en', theme: 'light' },
  { locale: 'en', theme: 'dark' },
  { locale: 'es', theme: 'light' },
  { locale: 'es', theme: 'dark' },
] as const) {
  describe(`axe: every state, ${locale}, ${theme}`, () => {
    const realNow = clock.now;
    let store: MemoryStore;
    const client = (student?: string) => createMemoryClient({ store, student });
    const options = (overrides: { client?: MentorshipClient } = {}) => ({ client: client(), locale, ...overrides });
    const themed = async <T extends HTMLElement>(element: T) => {
      element.setAttribute('theme', theme);
      return element;
    };

    beforeEach(() => {
      clock.now = () => new Date(NOW);
      store = new MemoryStore({ now: fixedClock(NOW) });
    });
    afterEach(() => {
      clock.now = realNow;
    });

    it('every tag while loading', async () => {
      const slow = createMemoryClient({ store, latencyMs: 60_000 });
      for (const template of [
        html`<mentorship-credits></mentorship-credits>`,
        html`<mentor-list service=${CODING}></mentor-list>`,
        html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`,
        html`<mentor-schedule-card></mentor-schedule-card>`,
        html`<mentorship-sessions></mentorship-sessions>`,
        html`<mentorship-goals></mentorship-goals>`,
        html`<mentorship-journey></mentorship-journey>`,
        html`<mentor-desk></mentor-desk>`,
        html`<mentor-availability></mentor-availability>`,
      ]) {
        const element = await themed(await mount<HTMLElement>(template, options({ client: slow })));
        await waitUntil(() => element.shadowRoot!.querySelector('[part="loading"]'));
        await expectAccessible(element, `${element.localName} loading`);
      }
    });

    it('<mentorship-credits>: loaded, compact, out of credits, error', async () => {
      const full = await themed(
        await mount<MentorshipCredits>(html`<mentorship-credits purchase-url="https://x.example/buy"></mentorship-credits>`, options()),
      );
      await loaded(full);
      await expectAccessible(full, 'credits');
      const compact = await themed(await mount<MentorshipCredits>(html`<mentorship-credits compact></mentorship-credits>`, options()));
      await loaded(compact);
      await expectAccessible(compact, 'compact credits');
      const empty = await themed(
        await mount<MentorshipCredits>(
          html`<mentorship-credits purchase-url="https://x.example/buy"></mentorship-credits>`,
          options({ client: client('student-out-of-credits') }),
        ),
      );
      await loaded(empty);
      await expectAccessible(empty, 'out of credits');
      const broken = await themed(
        await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, options({ client: failing })),
      );
      await waitUntil(() => broken.shadowRoot!.querySelector('[part="error"]'));
      await expectAccessible(broken, 'credits error');
    });

    it('<mentor-list>: loaded, empty, no match, error', async () => {
      const list = await themed(await mount<MentorList>(html`<mentor-list service=${CODING}></mentor-list>`, options()));
      await loaded(list);
      await expectAccessible(list, 'list');
      list.search = 'cobol';
      await list.updateComplete;
      await expectAccessible(list, 'no match');
      const empty = await themed(await mount<MentorList>(html`<mentor-list service="data-science-mentorship"></mentor-list>`, options()));
      await loaded(empty);
      await expectAccessible(empty, 'empty list');
      const broken = await themed(await mount<MentorList>(html`<mentor-list></mentor-list>`, options({ client: failing })));
      await waitUntil(() => broken.shadowRoot!.querySelector('[part="error"]'));
      await expectAccessible(broken, 'list error');
    });

    it('<mentor-agenda>: loaded, time selected, zone picker, narrow, empty range, error', async () => {
      const agenda = await themed(
        await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, options()),
      );
      await waitUntil(() => agenda.shadowRoot!.querySelector('[part~="slot"]'));
      await expectAccessible(agenda, 'agenda');
      agenda.shadowRoot!.querySelector<HTMLButtonElement>('[part~="slot"]')!.click();
      await agenda.updateComplete;
      await expectAccessible(agenda, 'time selected');
      agenda.shadowRoot!.querySelector<HTMLButtonElement>('[part~="change-zone"]')!.click();
      await waitUntil(() => agenda.shadowRoot!.querySelector('[role="listbox"]'), 'the zone picker never opened');
      await expectAccessible(agenda, 'zone picker open');
      const narrow = await themed(
        await mount<MentorAgenda>(
          html`<mentor-agenda style="width: 280px" mentor="ana-garcia" service=${CODING}></mentor-agenda>`,
          options(),
        ),
      );
      await waitUntil(() => narrow.shadowRoot!.querySelector('[part~="day-choice"]'));
      await expectAccessible(narrow, 'narrow, with the strip of days');
      const empty = await themed(
        await mount<MentorAgenda>(
          html`<mentor-agenda mentor="camila-torres" service="career-guidance" days="1" start-date="2026-11-25"></mentor-agenda>`,
          options(),
        ),
      );
      await waitUntil(() => empty.shadowRoot!.querySelector('[part="empty"]'));
      await expectAccessible(empty, 'empty range');
      const broken = await themed(
        await mount<MentorAgenda>(
          html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`,
          options({ client: failing }),
        ),
      );
      await waitUntil(() => broken.shadowRoot!.querySelector('[part="error"]'));
      await expectAccessible(broken, 'agenda error');
    });

    it('<mentorship-sessions>: upcoming with join countdown, calendar choices, cancel question, agenda to move, past with rating form, empty, error', async () => {
      const ui = new SessionsHarness(
        await themed(await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, options())),
      );
      await ui.loaded();
      await expectAccessible(ui.element, 'upcoming sessions');
      const session = await ui.session('Valentina Rojas');
      await ui.press(session, 'calendar');
      await waitUntil(() => ui.one('[part="calendar-menu"]')?.matches(':popover-open'), 'no calendar choices');
      await expectAccessible(ui.element, 'Add to calendar’s choices');
      ui.one('[part="calendar-menu"]')!.hidePopover();
      await ui.press(session, 'cancel');
      await expectAccessible(ui.element, 'cancel question');
      await ui.press(session, 'reschedule-toggle');
      await waitUntil(() => ui.one('[part="reschedule"] mentor-agenda')?.shadowRoot?.querySelector('[part~="slot"]'));
      await expectAccessible(ui.element, 'choosing a new time');
      await ui.showPast();
      await waitUntil(() => ui.one('[part~="check-in"] [part="goal-progress"]'), 'no check-in', { timeout: 5000 });
      await expectAccessible(ui.element, 'past sessions with the mentor’s notes and a check-in');
      const noCheckIns = new SessionsHarness(
        await themed(
          await mount<MentorshipSessions>(
            html`<mentorship-sessions view="past"></mentorship-sessions>`,
            options({ client: { ...client(), capabilities: { ...client().capabilities, checkIns: false } } }),
          ),
        ),
      );
      await noCheckIns.loaded();
      await expectAccessible(noCheckIns.element, 'past sessions with a rating form');
      const empty = new SessionsHarness(
        await themed(
          await mount<MentorshipSessions>(
            html`<mentorship-sessions booking-url="https://x.example/book"></mentorship-sessions>`,
            options({ client: client('student-unlimited') }),
          ),
        ),
      );
      await empty.loaded();
      await expectAccessible(empty.element, 'no sessions');
      const broken = await themed(
        await mount<MentorshipSessions>(
          html`<mentorship-sessions></mentorship-sessions>`,
          options({ client: { ...failing, listSessions: () => Promise.reject(new MentorshipError('server', 'down')) } }),
        ),
      );
      await waitUntil(() => broken.shadowRoot!.querySelector('[part="error"]'));
      await expectAccessible(broken, 'sessions error');
    });

    it('<mentorship-goals>: goals, the form with its errors, empty, unavailable, error', async () => {
      const goals = await themed(await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, options()));
      await loaded(goals);
      goals.shadowRoot!.querySelector('details')!.open = true;
      await expectAccessible(goals, 'goals');
      goals.shadowRoot!.querySelector<HTMLButtonElement>('[part~="new-goal"]')!.click();
      await waitUntil(() => goals.shadowRoot!.querySelector('[part~="save-goal"]'), 'no form', { timeout: 5000 });
      goals.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-step"]')!.click();
      goals.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-goal"]')!.click();
      await waitUntil(() => goals.shadowRoot!.querySelector('[part="field-error"]'), 'no errors', { timeout: 5000 });
      await expectAccessible(goals, 'goal form with errors');
      const empty = await themed(
        await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, options({ client: client('student-2') })),
      );
      await waitUntil(() => empty.shadowRoot!.querySelector('[part="empty"]'));
      await expectAccessible(empty, 'no goals');
      const plain = client();
      const unavailable = await themed(
        await mount<MentorshipGoals>(
          html`<mentorship-goals></mentorship-goals>`,
          options({ client: { ...plain, capabilities: { ...plain.capabilities, goals: false } } }),
        ),
      );
      await waitUntil(() => unavailable.shadowRoot!.querySelector('[part="unavailable"]'));
      await expectAccessible(unavailable, 'a backend without goals');
      const broken = await themed(
        await mount<MentorshipGoals>(
          html`<mentorship-goals></mentorship-goals>`,
          options({ client: { ...plain, listGoals: () => Promise.reject(new MentorshipError('server', 'down')) } }),
        ),
      );
      await waitUntil(() => broken.shadowRoot!.querySelector('[part="error"]'));
      await expectAccessible(broken, 'goals error');
    });

    it('<mentorship-intake>: the first questionnaire, its errors, the saved answers, unavailable', async () => {
      const intake = await themed(await mount<MentorshipIntake>(html`<mentorship-intake></mentorship-intake>`, options()));
      await loaded(intake);
      await expectAccessible(intake, 'intake questionnaire');
      intake.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-profile"]')!.click();
      await waitUntil(() => intake.shadowRoot!.querySelector('[part="field-error"]'), 'no errors');
      await expectAccessible(intake, 'intake with errors');
      await client().saveProfile!({
        profile: {
          goals: 'Ship my project',
          skills: ['React'],
          level: 'beginner',
          languages: ['es'],
          times: { weekdays: [3], parts: ['evening'] },
          timezone: 'America/Bogota',
        },
      });
      const saved = await themed(await mount<MentorshipIntake>(html`<mentorship-intake></mentorship-intake>`, options()));
      await loaded(saved);
      await expectAccessible(saved, 'intake saved');
      const plain = client();
      const unavailable = await themed(
        await mount<MentorshipIntake>(
          html`<mentorship-intake></mentorship-intake>`,
          options({ client: { ...plain, capabilities: { ...plain.capabilities, profile: false } } }),
        ),
      );
      await loaded(unavailable);
      await expectAccessible(unavailable, 'intake unavailable');
    });

    it('<mentorship-journey>: the stages and next step, the closing form and its errors, the summary, unavailable; support where stuck', async () => {
      const journey = await themed(
        await mount<MentorshipJourney>(html`<mentorship-journey support-email="support@4geeks.com"></mentorship-journey>`, options()),
      );
      await loaded(journey);
      await expectAccessible(journey, 'journey stages');
      const root = journey.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part~="close-program"]')!.click();
      await waitUntil(() => root.querySelector('[part="closing-form"]'), 'no closing form', { timeout: 5000 });
      await expectAccessible(journey, 'journey closing form');
      root.querySelector<HTMLButtonElement>('[part="closing-form"] [type="submit"]')!.click();
      await waitUntil(() => root.querySelector('[part="field-error"]'), 'no errors');
      await expectAccessible(journey, 'journey closing form with errors');

      await client().closeProgram!({ summary: 'Keep going', achievements: ['Shipped it'], rating: 5, comment: 'Thanks' });
      const closed = await themed(await mount<MentorshipJourney>(html`<mentorship-journey></mentorship-journey>`, options()));
      await waitUntil(() => closed.shadowRoot!.querySelector('[part="summary"]'), 'no summary', { timeout: 5000 });
      await expectAccessible(closed, 'journey summary');

      const plain = client();
      const unavailable = await themed(
        await mount<MentorshipJourney>(
          html`<mentorship-journey></mentorship-journey>`,
          options({ client: { ...plain, capabilities: { ...plain.capabilities, program: false } } }),
        ),
      );
      await loaded(unavailable);
      await expectAccessible(unavailable, 'journey unavailable');

      const stuck = await themed(
        await mount<MentorshipCredits>(
          html`<mentorship-credits service="data-science-mentorship" support-url="https://4geeks.com/support"></mentorship-credits>`,
          options(),
        ),
      );
      await waitUntil(() => stuck.shadowRoot!.querySelectorAll('[part="support"] a').length === 2, 'no support', { timeout: 5000 });
      await expectAccessible(stuck, 'credits with support');
    });

    it('regular meetings: the preview with a taken date and too few credits, the booked series, the series in the sessions', async () => {
      await client('student-2').bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: '2026-12-09T16:00:00.000Z',
        timezone: 'Europe/Madrid',
        idempotencyKey: 'taken',
      });
      const card = await themed(
        await mount<MentorScheduleCard>(
          html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`,
          options(),
        ),
      );
      const ui = new CardHarness(card);
      await ui.chooseTime('2026-11-25T16:00:00.000Z');
      const repeat = await ui.waitFor<HTMLSelectElement>('[part="repeat-field"] select');
      const choose = (control: HTMLSelectElement | HTMLInputElement, value: string) => {
        control.value = value;
        control.dispatchEvent(new Event('change'));
      };
      choose(repeat, 'week');
      const count = await ui.waitFor<HTMLInputElement>('#series-count', 'no count', 5000);
      choose(count, '6');
      await waitUntil(() => ui.one('[part="series-problem"]') && ui.all('[part~="occurrence"]').length === 6, 'no preview', {
        timeout: 5000,
      });
      await expectAccessible(card, 'series preview, taken date, too few credits');
      choose(count, '4');
      await waitUntil(() => !ui.one('[part="series-problem"]') && ui.all('[part~="occurrence"]').length === 4, 'no preview', {
        timeout: 5000,
      });
      await ui.book();
      await ui.waitFor('[part="series-dates"] li', 'never booked', 5000);
      await expectAccessible(card, 'series booked');

      const sessions = await themed(await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, options()));
      const list = new SessionsHarness(sessions);
      await list.loaded();
      await list.waitFor('[part="series"]', 'no series', 5000);
      list.one('[part="series"] details')!.setAttribute('open', '');
      await expectAccessible(sessions, 'a series in the sessions');
    });

    it('<mentor-desk>: upcoming with each student’s context, past with the report form and its errors, a report sent, empty, not a mentor', async () => {
      const ana = createMemoryClient({ store, mentor: 'ana-garcia' });
      const desk = await themed(await mount<MentorDesk>(html`<mentor-desk></mentor-desk>`, options({ client: ana })));
      const ui = new MentorDeskHarness(desk);
      await ui.loaded();
      await ui.context('Maya Chen');
      await expectAccessible(desk, 'upcoming, contexts open');
      await ui.showPast();
      const form = await ui.reportForm('Maya Chen');
      form.querySelector<HTMLElement>('[part~="send-report"]')!.click();
      await waitUntil(() => form.querySelector('[part="field-error"]'));
      await expectAccessible(desk, 'report form with an error');
      form.querySelectorAll<HTMLInputElement>('[part="attendance"] input')[1].click();
      await waitUntil(() => form.querySelector('[part="credit"]'));
      await expectAccessible(desk, 'report form, the credit said');
      await ui.report('Maya Chen', { attendance: 'student-absent' });
      await expectAccessible(desk, 'report sent');

      const dataset = createDemoDataset(new Date(NOW));
      dataset.bookings = [];
      const empty = await themed(
        await mount<MentorDesk>(
          html`<mentor-desk></mentor-desk>`,
          options({ client: createMemoryClient({ dataset, mentor: 'ana-garcia' }) }),
        ),
      );
      await new MentorDeskHarness(empty).loaded();
      await expectAccessible(empty, 'no sessions');

      const student = await themed(await mount<MentorDesk>(html`<mentor-desk></mentor-desk>`, options()));
      await new MentorDeskHarness(student).loaded();
      await expectAccessible(student, 'not a mentor');
    });

    it('<mentor-availability>: the week, its errors, time off with a session that stays booked, saved, not a mentor', async () => {
      const ana = createMemoryClient({ store, mentor: 'ana-garcia' });
      const hours = await themed(
        await mount<MentorAvailability>(html`<mentor-availability mentor="ana-garcia"></mentor-availability>`, options({ client: ana })),
      );
      const ui = new AvailabilityHarness(hours);
      await ui.loaded();
      await ui.preview();
      await expectAccessible(hours, 'the week and the preview');
      const tuesday = locale === 'es' ? 'martes' : 'Tuesday';
      await ui.setTime(tuesday, 0, 'end', '15:00');
      await ui.save();
      await expectAccessible(hours, 'an error beside its field');
      await ui.setTime(tuesday, 0, 'end', '20:00');
      await ui.addTimeOff('2026-11-25');
      await expectAccessible(hours, 'time off with a session that stays booked');
      await ui.save();
      await waitUntil(() => ui.notice());
      await expectAccessible(hours, 'saved');

      const student = await themed(await mount<MentorAvailability>(html`<mentor-availability></mentor-availability>`, options()));
      await new AvailabilityHarness(student).loaded();
      await expectAccessible(student, 'not a mentor');
    });

    it('<mentor-schedule-card>: every step, out of credits, error', async () => {
      const card = await themed(
        await mount<MentorScheduleCard>(
          html`<mentor-schedule-card learn-more-url="https://x.example/help"></mentor-schedule-card>`,
          options(),
        ),
      );
      const ui = new CardHarness(card);
      await ui.waitFor('[part="avatars"]');
      await expectAccessible(card, 'collapsed');
      await ui.open();
      await ui.waitFor('[part="service"]');
      await expectAccessible(card, 'service step');
      ui.one('[part="service"]')!.click();
      await ui.waitFor('[part~="book"]');
      await expectAccessible(card, 'mentor step');
      ui.all('[part~="book"]')[0].click();
      await ui.waitFor('[part~="slot"]');
      await expectAccessible(card, 'time step');
      ui.one('[part~="slot"]')!.click();
      await ui.waitFor('[part="summary"]');
      await expectAccessible(card, 'confirm step');
      await ui.book();
      await ui.waitFor('[part~="calendar"]');
      await expectAccessible(card, 'booked');

      const broke = await themed(
        await mount<MentorScheduleCard>(
          html`<mentor-schedule-card service="career-guidance" purchase-url="https://x.example/buy"></mentor-schedule-card>`,
          options({ client: client('student-out-of-credits') }),
        ),
      );
      await new CardHarness(broke).waitFor('[part="purchase"]');
      await expectAccessible(broke, 'out of credits');

      const group = await themed(
        await mount<MentorScheduleCard>(
          html`<mentor-schedule-card service="group-code-review"></mentor-schedule-card>`,
          options({ client: client('student-unlimited') }),
        ),
      );
      await new CardHarness(group).waitFor('[part="group-session"][disabled]');
      await expectAccessible(group, 'group sessions, one full');

      const down = await themed(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, options({ client: failing })),
      );
      await new CardHarness(down).waitFor('[part="error"]');
      await expectAccessible(down, 'card error');

      const dataset = createDemoDataset(new Date(NOW));
      dataset.mentors = [];
      dataset.bookings = [];
      const none = await themed(
        await mount<MentorScheduleCard>(
          html`<mentor-schedule-card open></mentor-schedule-card>`,
          options({ client: createMemoryClient({ dataset }) }),
        ),
      );
      await new CardHarness(none).waitFor('[part="empty"]');
      await expectAccessible(none, 'no services');
    });
  });
}
