import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import {
  createDemoDataset,
  createHttpClient,
  createMemoryClient,
  MemoryStore,
  type BookedEvent,
  type HttpClientOptions,
  type MentorScheduleCard,
  type MentorshipCredits,
} from '../../src/index.js';
import { CardHarness, deepActiveElement } from '../support/card-harness.js';
import { countingClient } from '../support/counting-client.js';
import { icsFromChoices, parseIcs } from '../support/ics.js';
import { emulateBrowserTimeZone, restoreBrowserTimeZone } from '../support/emulate-browser.js';
import { collect, loaded, mount, smallTargets, textOf } from '../support/fixtures.js';
import { serveStore, usePinnedBackend, worker } from '../support/mock-backend.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T12:00:00.000Z'; // Tuesday, 07:00 in Bogotá
const TUESDAY_10_BOGOTA = '2026-11-24T15:00:00.000Z'; // Ana's first free hour: 16:00 in Madrid

async function recordBookings(): Promise<Request[]> {
  const seen: Request[] = [];
  (await worker()).use(
    http.post('/api/sessions', ({ request }) => {
      seen.push(request.clone());
      return undefined;
    }),
  );
  return seen;
}

describe('<mentor-schedule-card>', () => {
  const backend = usePinnedBackend(NOW);

  it('collapsed: heading, help, four mentors and how many more, the credits, and the button', async () => {
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card learn-more-url="https://help.example.com/mentoring"></mentor-schedule-card>`,
      { apiBase: '/api' },
    );
    const ui = new CardHarness(card);
    await ui.waitFor('[part="avatars"]');
    await loaded(ui.one('mentorship-credits')!);
    expect(ui.text('h2')).to.equal('Schedule a 1‑1 mentoring session');
    // "1-1" with a non-breaking hyphen: whole on one line in every engine. (Chromium itself keeps
    // "1-1" whole, UAX #14's LB25; the break the sidebar issue saw was another engine's.)
    const spanish = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { apiBase: '/api', locale: 'es' });
    await waitUntil(() => spanish.shadowRoot!.querySelector('h2'), 'no Spanish title');
    expect(textOf(spanish.shadowRoot!.querySelector('h2'))).to.equal('Reserva una sesión de mentoría 1‑1');
    expect(ui.all('[part="avatars"] [part="avatar"]')).to.have.length(4);
    expect(ui.all('[part="avatars"] [part="avatar"]')[0].getAttribute('aria-label')).to.equal('Ana García');
    expect(ui.text()).to.contain('+9 more mentors');
    expect(ui.text('mentorship-credits')).to.equal('');
    expect(textOf(ui.one('mentorship-credits')!.shadowRoot)).to.equal(
      'Monthly mentorships 4 left Career services Unlimited Group sessions pack 0 left',
    );
    expect(ui.text('[part~="open"]')).to.equal('Schedule a mentoring session');
    expect(ui.one<HTMLAnchorElement>('a[href^="https://help.example.com"]')!.rel).to.equal('noopener');
  });

  it('books by mouse: the POST is the contract’s, the credits drop and the time is gone', async () => {
    const bookings = await recordBookings();
    const sidebar = await mount<HTMLElement>(
      html`<div>
        <mentor-schedule-card></mentor-schedule-card>
        <mentorship-credits compact service=${CODING}></mentorship-credits>
      </div>`,
      { apiBase: '/api' },
    );
    const ui = new CardHarness(sidebar.querySelector('mentor-schedule-card')!);
    const credits = sidebar.querySelector<MentorshipCredits>('mentorship-credits')!;
    await loaded(credits);
    expect(textOf(credits.shadowRoot)).to.equal('4 sessions left');

    await ui.open();
    await ui.waitForStep('Choose a service');
    expect(ui.all('[part="service"]').map(button => textOf(button.querySelector('strong')))).to.deep.equal([
      'GeekPal 1-1 Coding Mentorship · 60 min',
      'Career Guidance · 30 min',
      'Group Code Review · 60 min',
    ]);
    await ui.chooseService('GeekPal');
    await ui.waitForStep('Choose a mentor');
    await ui.chooseMentor('Ana García');
    await ui.waitForStep('Choose a time');
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitForStep('Confirm your session');

    await ui.waitFor('[part="summary"]');
    const summary = ui.text('[part="summary"]');
    expect(summary).to.contain('GeekPal 1-1 Coding Mentorship');
    expect(summary).to.contain('Ana García');
    expect(summary).to.match(/Tuesday, November 24 at 10:00\sAM \(Colombia Standard Time\)/);
    expect(summary).to.match(/4:00\sPM for the mentor in Madrid/);
    expect(summary).to.contain('60 min');
    expect(summary).to.contain('3 sessions left after this one');

    await ui.writeAgenda('  Review my <b>React</b> "todo" app  ');
    await ui.book();
    await ui.waitForStep("You're booked!");

    expect(bookings).to.have.length(1);
    expect(bookings[0].headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    const body = await bookings[0].json();
    expect(body).to.deep.equal({
      service: CODING,
      mentor: 'ana-garcia',
      starts_at: TUESDAY_10_BOGOTA,
      timezone: 'America/Bogota',
      agenda: 'Review my <b>React</b> "todo" app',
    });

    expect(ui.text()).to.match(/Tuesday, November 24 at 10:00\sAM \(Colombia Standard Time\) with Ana García/);
    expect(ui.one<HTMLAnchorElement>('[part="join"]')!.href).to.match(/^https:\/\/meet\.example\.com\//);
    await waitUntil(() => textOf(credits.shadowRoot) === '3 sessions left', 'the credits beside the card did not drop');

    ui.one('[part~="book-another"]')!.click();
    await ui.chooseService('GeekPal');
    await ui.chooseMentor('Ana García');
    await ui.waitFor('[part~="slot"]');
    expect(ui.offersTime(TUESDAY_10_BOGOTA)).to.equal(false);
    expect(ui.offersTime('2026-11-24T16:00:00.000Z')).to.equal(true);
  });

  const keyboardWords = {
    en: {
      open: 'Schedule a mentoring session',
      service: 'Choose a service',
      mentor: 'Choose a mentor',
      time: 'Choose a time',
      confirm: 'Confirm your session',
      booked: "You're booked!",
      bookAna: 'See times with Ana García',
      coding: 'GeekPal 1-1 Coding Mentorship',
      slotLabel: /^Tuesday, November 24 at 10:00\sAM, Colombia Standard Time$/,
      when: /Tuesday, November 24 at 10:00\sAM \(Colombia Standard Time\)/,
      mentorTime: /4:00\sPM for the mentor in Madrid/,
      zone: 'Colombia Standard Time',
      credits: '3 sessions left after this one',
      calendar: 'Add to calendar',
    },
    es: {
      open: 'Reservar una sesión de mentoría',
      service: 'Elige un servicio',
      mentor: 'Elige un mentor',
      time: 'Elige un horario',
      confirm: 'Confirma tu sesión',
      booked: '¡Sesión reservada!',
      bookAna: 'Ver horarios con Ana García',
      // The demo backend answers in the language asked for (Accept-Language).
      coding: 'Mentoría de código 1-1 GeekPal',
      slotLabel: /^martes, 24 de noviembre, 10:00, hora estándar de Colombia$/,
      when: /martes, 24 de noviembre, 10:00 \(hora estándar de Colombia\)/,
      mentorTime: /16:00 para el mentor en Madrid/,
      zone: 'hora estándar de Colombia',
      credits: 'Te quedarán 3 sesiones después de esta',
      calendar: 'Añadir al calendario',
    },
  };

  for (const [locale, words] of Object.entries(keyboardWords)) {
    it(`books with the keyboard alone (${locale}); Escape goes back a step`, async () => {
      const bookings = await recordBookings();
      const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { apiBase: '/api', locale });
      const ui = new CardHarness(card);
      await ui.waitFor('[part~="open"]');
      const is = (part: string) => (element: Element) => element.getAttribute('part')?.split(' ').includes(part) ?? false;

      await ui.tabTo(is('open'), 'the open button');
      expect(textOf(deepActiveElement())).to.equal(words.open);
      await sendKeys({ press: 'Enter' });
      await ui.waitForStep(words.service);
      expect(deepActiveElement()?.getAttribute('part')).to.equal('step-title');

      await ui.waitFor('[part="service"]');
      await ui.tabTo(element => is('service')(element) && textOf(element).startsWith(words.coding), 'the coding service');
      await sendKeys({ press: 'Enter' });
      await ui.waitForStep(words.mentor);

      await ui.waitFor('[part~="book"]');
      await ui.tabTo(element => element.getAttribute('aria-label') === words.bookAna, 'Ana’s See times');
      await sendKeys({ press: 'Enter' });
      await ui.waitForStep(words.time);

      await ui.waitFor('[part~="slot"]');
      await ui.tabTo(element => element.getAttribute('data-starts-at') === TUESDAY_10_BOGOTA, 'the 10:00 time');
      expect(deepActiveElement()!.getAttribute('aria-label')).to.match(words.slotLabel);
      await sendKeys({ press: 'Enter' });
      await ui.waitForStep(words.confirm);

      await sendKeys({ press: 'Escape' });
      await ui.waitForStep(words.time);
      await ui.tabTo(element => element.getAttribute('data-starts-at') === TUESDAY_10_BOGOTA, 'the 10:00 time again');
      await sendKeys({ press: 'Enter' });
      await ui.waitForStep(words.confirm);
      expect(ui.text('[part="summary"]')).to.match(words.when);
      expect(ui.text('[part="summary"]')).to.match(words.mentorTime);
      expect(ui.text('[part="summary"]')).to.contain(words.credits);

      await ui.tabTo(element => element.localName === 'textarea', 'the agenda field');
      await sendKeys({ type: 'useEffect y useMemo' });
      await ui.waitFor('[part="summary"]');
      await ui.tabTo(is('confirm'), 'the book button');
      await sendKeys({ press: 'Enter' });
      await ui.waitForStep(words.booked);

      expect(bookings).to.have.length(1);
      expect((await bookings[0].json()).agenda).to.equal('useEffect y useMemo');
      expect(ui.text()).to.contain(words.calendar);
      // One human name for a zone, in the widget's language: an IANA id is never shown.
      expect(ui.text()).to.contain(`(${words.zone})`);
      expect(ui.text()).to.not.match(/\b(America|Europe|Asia|Africa|Australia|Pacific|Etc)\/\w/);
    });
  }

  describe('deep links', () => {
    it('service= opens the mentor step; service= and mentor= open the agenda', async () => {
      const toMentors = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card service="career-guidance"></mentor-schedule-card>`, { apiBase: '/api' }),
      );
      await toMentors.waitForStep('Choose a mentor');
      expect(toMentors.card.open).to.equal(true);
      await toMentors.waitFor('[part~="book"]');
      expect(toMentors.all('[part~="book"]').map(button => button.getAttribute('aria-label'))).to.include('See times with James Carter');

      const toAgenda = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="priya-sharma"></mentor-schedule-card>`, {
          apiBase: '/api',
        }),
      );
      await toAgenda.waitForStep('Choose a time');
      expect(toAgenda.one('mentor-agenda')!.getAttribute('mentor')).to.equal('priya-sharma');
    });

    it('mentor= alone picks the mentor’s only service', async () => {
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card mentor="james-carter"></mentor-schedule-card>`, { apiBase: '/api' }),
      );
      await ui.waitForStep('Choose a time');
      expect(ui.one('mentor-agenda')!.getAttribute('service')).to.equal('career-guidance');
    });

    it('an unknown slug says so clearly and shows what can be chosen', async () => {
      const unknownService = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card service="astrology"></mentor-schedule-card>`, { apiBase: '/api' }),
      );
      await unknownService.waitForStep('Choose a service');
      expect(unknownService.text('[part="notice"]')).to.equal('We could not find the service “astrology”. Choose one below.');
      await unknownService.waitFor('[part="service"]');
      expect(unknownService.all('[part="service"]')).to.have.length(3);

      const unknownMentor = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="nobody"></mentor-schedule-card>`, {
          apiBase: '/api',
          locale: 'es',
        }),
      );
      await unknownMentor.waitForStep('Elige un mentor');
      expect(unknownMentor.text('[part="notice"]')).to.equal('No encontramos al mentor «nobody». Elige uno de la lista.');
    });
  });

  it('out of credits: explains it and offers purchase-url instead of booking', async () => {
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card purchase-url="https://lms.example.com/pricing"></mentor-schedule-card>`,
      { client: createMemoryClient({ store: backend.store, student: 'student-out-of-credits' }) },
    );
    const ui = new CardHarness(card);
    await ui.open();
    await ui.chooseService('GeekPal');
    await ui.waitForStep('No sessions left');
    expect(ui.text()).to.contain('You ran out of mentoring sessions. You can get more in a few clicks.');
    const purchase = ui.one<HTMLAnchorElement>('[part="purchase"]')!;
    expect(textOf(purchase)).to.equal('Get more sessions');
    expect(purchase.href).to.equal('https://lms.example.com/pricing');
    expect(ui.one('mentor-list')).to.equal(undefined);
    // One way back, to the services.
    expect(ui.all('button').filter(button => textOf(button).includes('Back'))).to.have.length(1);
    ui.one('[part~="back"]')!.click();
    await ui.waitForStep('Choose a service');
  });

  it('a bucket at 0 blocks only the services it pays for', async () => {
    const ui = new CardHarness(await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { apiBase: '/api' }));
    await ui.open();
    await ui.waitFor('[part="service"]');
    // Said before the click, on that service only.
    await waitUntil(() => ui.one('[part="no-credits"]'), 'the spent service was not marked');
    const marked = ui.all('[part="service"]').filter(service => service.querySelector('[part="no-credits"]'));
    expect(marked.map(service => textOf(service.querySelector('strong')))).to.deep.equal(['Group Code Review · 60 min']);
    expect(textOf(marked[0].querySelector('[part="no-credits"]'))).to.equal('No sessions left');
    await ui.chooseService('Group Code Review');
    await ui.waitForStep('No sessions left');
    ui.one('[part~="back"]')!.click();
    await ui.chooseService('Career Guidance');
    await ui.waitForStep('Choose a mentor');
  });

  it('unlimited credits say Unlimited, never a number', async () => {
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        client: createMemoryClient({ store: backend.store, student: 'student-unlimited' }),
      }),
    );
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitForStep('Confirm your session');
    await ui.waitFor('[part="summary"]');
    expect(ui.text('[part="summary"]')).to.contain('Unlimited sessions');
    expect(ui.text('[part="summary"]')).not.to.match(/\d+ sessions? left/);
  });

  it('a time taken during confirmation: back to a fresh agenda, saying so, with the text kept', async () => {
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        client: createMemoryClient({ store: backend.store }),
      }),
    );
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitForStep('Confirm your session');
    await ui.writeAgenda('My portfolio site');
    await createMemoryClient({ store: backend.store, student: 'student-2' }).bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: TUESDAY_10_BOGOTA,
      timezone: 'UTC',
      idempotencyKey: 'faster',
    });
    await ui.book();
    await ui.waitForStep('Choose a time');
    expect(ui.text('[part="notice"]')).to.equal('Someone has just booked that time. Please choose another one.');
    await ui.waitFor('[part~="slot"]');
    expect(ui.offersTime(TUESDAY_10_BOGOTA)).to.equal(false);

    await ui.chooseTime('2026-11-24T16:00:00.000Z');
    await ui.waitForStep('Confirm your session');
    expect(ui.agendaText()).to.equal('My portfolio site');
  });

  it('a failed booking keeps the text, and retrying sends the same idempotency key', async () => {
    const keys: Array<string | null> = [];
    let failures = 1;
    (await worker()).use(
      http.post('/api/sessions', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (failures-- > 0)
          return new Response(JSON.stringify({ error: { code: 'forbidden', message: 'You can book at most 2 sessions per week.' } }), {
            status: 403,
          });
        return undefined;
      }),
    );
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        apiBase: '/api',
      }),
    );
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitForStep('Confirm your session');
    await ui.writeAgenda('Keep me');
    await ui.book();
    await waitUntil(() => ui.one('[part="error"]'), 'no error shown');
    // The refusal in the backend's own words.
    expect(ui.text('[part="error"]')).to.equal('You can book at most 2 sessions per week.');
    expect(ui.agendaText()).to.equal('Keep me');
    await ui.book();
    await ui.waitForStep("You're booked!");
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('shows the next upcoming session when asked to, in the student’s language, and only then asks for sessions', async () => {
    backend.store.bookSession('demo-student', {
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: TUESDAY_10_BOGOTA,
      timezone: 'UTC',
      idempotencyKey: 'n',
    });
    const asked: string[] = [];
    (await worker()).use(
      http.get('/api/sessions', ({ request }) => {
        asked.push(request.url);
        return undefined;
      }),
    );
    const plain = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { apiBase: '/api' }),
    );
    await plain.waitFor('[part="avatars"]');
    expect(plain.one('[part="next-session"]')).to.equal(undefined);
    expect(asked).to.deep.equal([]);

    for (const [locale, text] of [
      ['en', /^Next session: Tuesday, November 24 at 10:00\sAM \(Colombia Standard Time\) with Ana García$/],
      ['es', /^Próxima sesión: martes, 24 de noviembre, 10:00 \(hora estándar de Colombia\) con Ana García$/],
    ] as const) {
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card show-next-session></mentor-schedule-card>`, { apiBase: '/api', locale }),
      );
      await ui.waitFor('[part="next-session"]');
      expect(ui.text('[part="next-session"]')).to.match(text);
    }
    // One request per card (each is under its own provider here).
    expect(asked.map(url => new URL(url).search)).to.deep.equal(['?status=upcoming', '?status=upcoming']);
  });

  it('asks for no hold, even from a backend that offers them: the booking itself checks the time', async () => {
    const { client, calls } = countingClient(createMemoryClient({ store: backend.store }));
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        client,
      }),
    );
    expect(client.capabilities.holds).to.equal(true);
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitFor('[part="summary"]');
    ui.one('[part~="back"]')!.click();
    await ui.waitForStep('Choose a time');
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.book();
    await ui.waitForStep("You're booked!");
    expect(calls.holdSlot ?? 0).to.equal(0);
    expect(calls.releaseHold ?? 0).to.equal(0);
    expect(calls.bookSession).to.equal(1);
  });

  it('Add to calendar downloads an RFC 5545 event that parses back', async () => {
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        apiBase: '/api',
      }),
    );
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.writeAgenda('Hooks, state; and a very long question '.repeat(4).trim());
    await ui.book();
    await ui.waitForStep("You're booked!");
    const fields = await parseIcs(await icsFromChoices(ui.one('[part~="calendar"]')!));
    expect(fields.VERSION).to.equal('2.0');
    expect(fields.PRODID).to.equal('-//mentorship-widgets//EN');
    expect(fields.DTSTART).to.equal('20261124T150000Z');
    expect(fields.DTEND).to.equal('20261124T160000Z');
    expect(fields.DTSTAMP).to.equal('20261124T120000Z');
    expect(fields.UID).to.match(/^ses-\d+@mentorship-widgets$/);
    expect(fields.SUMMARY).to.equal('GeekPal 1-1 Coding Mentorship with Ana García');
    expect(fields.DESCRIPTION).to.match(/^Hooks\\, state\\; and a very long question/);
    expect(fields.DESCRIPTION).to.contain('\\n\\nhttps://meet.example.com/');
    expect(fields.URL).to.match(/^https:\/\/meet\.example\.com\/mentorship\/ses-\d+$/);
    // A reminder half an hour before, by default.
    expect(fields['VALARM.ACTION']).to.equal('DISPLAY');
    expect(fields['VALARM.TRIGGER']).to.equal('-PT30M');
    expect(fields['VALARM.DESCRIPTION']).to.equal('GeekPal 1-1 Coding Mentorship with Ana García');
  });

  it('reminder-minutes changes the calendar file’s reminder, and "none" leaves it out', async () => {
    for (const [attribute, trigger] of [
      ['90', '-PT90M'],
      ['none', undefined],
    ] as const) {
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(
          html`<mentor-schedule-card service=${CODING} mentor="ana-garcia" reminder-minutes=${attribute}></mentor-schedule-card>`,
          { apiBase: '/api' },
        ),
      );
      await (await ui.agenda()).chooseFirstTime();
      await ui.book();
      await ui.waitForStep("You're booked!");
      const fields = await parseIcs(await icsFromChoices(ui.one('[part~="calendar"]')!));
      expect(fields['VALARM.TRIGGER'], attribute).to.equal(trigger);
      expect(fields.DTSTART, attribute).to.be.a('string');
      ui.element.remove();
    }
  });

  // 280 px is the narrowest sidebar; 140 px is that sidebar at 200% zoom.
  for (const width of [280, 140])
    it(`fits ${width} px at every step, without horizontal scrolling`, async () => {
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card style="width: ${width}px"></mentor-schedule-card>`, { apiBase: '/api' }),
      );
      const fits = (step: string) => {
        for (const element of [ui.card, ...ui.all('mentor-list, mentor-agenda, mentorship-credits')]) {
          expect(element.scrollWidth, `${step}: ${element.localName}`).to.be.at.most(element.clientWidth);
        }
        expect(ui.card.getBoundingClientRect().width, step).to.equal(width);
        // Every button's words fit inside it (the primary ones included): nothing clipped or spilling.
        for (const button of ui.all('button, a.button')) {
          expect(button.scrollWidth, `${step}: "${textOf(button)}"`).to.be.at.most(button.clientWidth + 1);
        }
        // The README's promise, at any width: every target (buttons, links, fields) at least 32 × 32 px.
        expect(smallTargets(ui.card), step).to.deep.equal([]);
      };
      await ui.waitFor('[part="avatars"]');
      fits('collapsed');
      await ui.open();
      await ui.waitFor('[part="service"]');
      fits('service');
      await ui.chooseService('GeekPal');
      await ui.waitFor('[part~="book"]');
      fits('mentor');
      await ui.chooseMentor('Ana García');
      // Every frame while the agenda renders its days, not only the last one.
      for (let frame = 0; frame < 30; frame += 1) {
        await new Promise(resolve => requestAnimationFrame(resolve));
        expect(ui.card.scrollWidth, `time, frame ${frame}`).to.be.at.most(width);
      }
      await ui.waitFor('[part~="slot"]');
      fits('time');
      await ui.chooseTime(TUESDAY_10_BOGOTA);
      await ui.waitFor('[part="summary"]');
      fits('confirm');
    });

  for (const locale of ['en', 'es']) {
    it(`fits the mentor step with "Show more", each headline's first 40 characters and the search's words in 800 px of a 320 px sidebar (${locale})`, async () => {
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card style="width: 320px"></mentor-schedule-card>`, {
          apiBase: '/api',
          locale,
        }),
      );
      await ui.open();
      await ui.chooseService(locale === 'en' ? 'GeekPal' : 'Mentoría de código');
      const list = await ui.waitFor('mentor-list');
      await waitUntil(() => list.shadowRoot?.querySelector('[part="mentor"]'), 'no mentors shown');
      await new Promise(resolve => requestAnimationFrame(resolve));
      const root = list.shadowRoot!;
      expect(ui.card.getBoundingClientRect().height, 'the mentor step').to.be.at.most(800);
      const rows = [...root.querySelectorAll('[part="mentor"]')];
      expect(rows).to.have.length(4);
      expect(textOf(root.querySelector('[part~="more"]'))).to.equal(locale === 'en' ? 'Show 4 more mentors' : 'Mostrar 4 mentores más');
      for (const row of rows) {
        const headline = row.querySelector('.headline')!;
        const box = headline.getBoundingClientRect();
        const range = document.createRange();
        range.setStart(headline.firstChild!, 0);
        range.setEnd(headline.firstChild!, Math.min(40, headline.firstChild!.textContent!.length));
        const lowest = Math.max(...[...range.getClientRects()].map(rect => rect.bottom));
        expect(lowest, `"${headline.textContent}" cut before its 40th character`).to.be.at.most(box.bottom + 0.5);
      }
      const search = root.querySelector<HTMLInputElement>('[part="search"]')!;
      const style = getComputedStyle(search);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room = search.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      expect(context.measureText(search.placeholder).width, `"${search.placeholder}" is cut`).to.be.at.most(room);
    });
  }

  it('fits the time step and the confirm step in 800 px of height in a 320 px sidebar', async () => {
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card style="width: 320px"></mentor-schedule-card>`, { apiBase: '/api' }),
    );
    const height = () => ui.card.getBoundingClientRect().height;
    await ui.open();
    await ui.chooseService('GeekPal');
    await ui.chooseMentor('Ana García');
    const agenda = await ui.agenda();
    await agenda.loaded();
    // Ana has 7 free times a day: the strip of days, and one day's times.
    expect(agenda.daysOffered()).to.deep.equal(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30']);
    expect(height(), 'time step').to.be.at.most(800);
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitFor('[part="summary"]');
    expect(height(), 'confirm step').to.be.at.most(800);
  });

  it('keeps the service, then the mentor with their local time, in view from the mentor step on (a deep link too)', async () => {
    const ui = new CardHarness(await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { apiBase: '/api' }));
    await ui.open();
    await ui.waitFor('[part="service"]');
    expect(ui.one('[part="context"]')).to.equal(undefined);
    await ui.chooseService('GeekPal');
    await ui.waitFor('[part="context"]');
    expect(ui.text('[part="context"]')).to.equal('GeekPal 1-1 Coding Mentorship · 60 min');
    await ui.chooseMentor('Ana García');
    await ui.waitForStep('Choose a time');
    // 12:00 UTC is 1:00 PM in Madrid.
    expect(ui.text('[part="context"]')).to.match(/^GeekPal 1-1 Coding Mentorship · 60 min AG Ana García · 1:00\sPM in Madrid$/);
    expect(ui.one('[part="context"] [part="avatar"]')).not.to.equal(undefined);
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitForStep('Confirm your session');
    expect(ui.one('[part="context"]'), 'the confirm step sums it up itself').to.equal(undefined);

    const linked = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        apiBase: '/api',
      }),
    );
    await linked.waitForStep('Choose a time');
    expect(linked.text('[part="context"]')).to.match(/^GeekPal 1-1 Coding Mentorship · 60 min AG Ana García · 1:00\sPM in Madrid$/);
  });

  it("says the backend's change policy before booking, and warns when the time is already too close to change", async () => {
    const client = createMemoryClient({ store: new MemoryStore({ now: backend.clock, changeNoticeHours: 4 }) });
    expect(client.capabilities.changeNoticeHours).to.equal(4);
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        client,
      }),
    );
    // Tuesday 10:00 in Bogotá is 3 hours away: inside the 4 hours of notice.
    await ui.chooseTime(TUESDAY_10_BOGOTA);
    await ui.waitFor('[part="summary"]');
    expect(ui.text('[part="change-policy"]')).to.equal(
      'It starts in less than 4 hours: once booked, it can no longer be canceled or moved.',
    );
    ui.one('[part~="back"]')!.click();
    await ui.waitForStep('Choose a time');
    await ui.chooseTime('2026-11-26T15:00:00.000Z');
    await ui.waitFor('[part="summary"]');
    expect(ui.text('[part="change-policy"]')).to.equal('You can cancel or move it up to 4 hours before it starts.');

    // Over the REST contract, the service's own policy (change_notice_hours).
    await serveStore(new MemoryStore({ now: backend.clock, changeNoticeHours: 24 }));
    const overHttp = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        apiBase: '/api',
      }),
    );
    await overHttp.chooseTime('2026-11-26T15:00:00.000Z');
    await overHttp.waitFor('[part="summary"]');
    expect(overHttp.text('[part="change-policy"]')).to.equal('You can cancel or move it up to 24 hours before it starts.');
    await serveStore(backend.store);

    // A backend that does not say: nothing is claimed.
    const silent = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        apiBase: '/api',
      }),
    );
    await silent.chooseTime(TUESDAY_10_BOGOTA);
    await silent.waitFor('[part="summary"]');
    expect(silent.one('[part="change-policy"]')).to.equal(undefined);
  });

  it('closes on Done back to the collapsed card, which shows the session just booked, with the keyboard on its button', async () => {
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card style="width: 300px"></mentor-schedule-card>`, { apiBase: '/api' }),
    );
    await ui.waitFor('[part="avatars"]');
    expect(ui.one('[part="next-session"]')).to.equal(undefined);
    await ui.bookFirstFreeTime('GeekPal', 'Ana García');
    const actions = ui.all('.done .actions button').map(button => textOf(button));
    expect(actions).to.deep.equal(['Done', 'Add to calendar', 'Book another session']);
    ui.one('[part~="done"]')!.click();
    await ui.waitFor('[part="next-session"]', 'the collapsed card never showed the session');
    expect(ui.text('[part="next-session"]')).to.match(
      /^Next session: Tuesday, November 24 at 10:00\sAM \(Colombia Standard Time\) with Ana García$/,
    );
    await waitUntil(() => deepActiveElement()?.matches('[part~="open"]'), 'the keyboard did not go back to the card’s button');
  });

  it('shows a failure to load with Try again, and recovers', async () => {
    let failing = true;
    const down = () => (failing ? new Response('{"error":{"code":"server","message":"x"}}', { status: 500 }) : undefined);
    (await worker()).use(http.get('/api/mentors', down), http.get('/api/credits', down));
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, {
        client: createHttpClient({ baseUrl: '/api', retries: 0 }),
      }),
    );
    await ui.waitFor('[part="error"]');
    expect(ui.text('[part="error"]')).to.contain('Something went wrong on our side.');
    expect(ui.all('[part="error"]')).to.have.length(1);
    failing = false;
    ui.one('[part~="retry"]')!.click();
    await ui.waitFor('[part="avatars"]');
  });

  describe('group services', () => {
    const GROUP = 'group-code-review';
    const asStudent2 = (options: Partial<HttpClientOptions> = {}) =>
      createHttpClient({ baseUrl: '/api', getToken: () => 'student-2', ...options });
    const groupCard = async (locale = 'en', client = asStudent2()) => {
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card time-zone="Europe/Madrid"></mentor-schedule-card>`, { client, locale }),
      );
      await ui.open();
      return ui;
    };
    const sessionsShown = (ui: CardHarness) =>
      ui
        .all<HTMLButtonElement>('[part="group-session"]')
        .map(button => [
          textOf(button.querySelector('strong')),
          textOf(button.querySelector('span')),
          textOf(button.querySelector('[part="seats"]')),
          button.disabled,
        ]);

    it('lists the scheduled sessions with seats left, full ones disabled, and books a seat', async () => {
      const booked = collect<BookedEvent>('mentorship-booked');
      const ui = await groupCard();
      await ui.chooseService('Group Code Review');
      await ui.waitForStep('Choose a group session');
      await ui.waitFor('[part="group-session"]');
      expect(ui.text('.step-count')).to.equal('Step 2 of 3');
      expect(sessionsShown(ui)).to.deep.equal([
        ['REST APIs with Express', 'Wednesday, November 25 at 11:00 PM (Central European Time) · Valentina Rojas', '4 seats left', false],
        ['Dockerize your final project', 'Thursday, November 26 at 11:00 PM (Central European Time) · Andrés Quintero', 'Full', true],
        ['Mock technical interviews', 'Friday, November 27 at 1:30 PM (Central European Time) · Rahul Verma', '5 seats left', false],
        ['SQL queries clinic', 'Monday, November 30 at 11:00 PM (Central European Time) · Valentina Rojas', '6 seats left', false],
      ]);

      ui.all('[part="group-session"]')[0].click();
      await ui.waitForStep('Confirm your session');
      expect(ui.text('.step-count')).to.equal('Step 3 of 3');
      expect(ui.text('[part="summary"]')).to.contain('Group Code Review · REST APIs with Express');
      expect(ui.text('[part="summary"]')).to.contain('Valentina Rojas');
      expect(ui.text('[part="summary"]')).to.contain('3 sessions left after this one');
      await ui.writeAgenda('JWT auth');
      await ui.book();
      await ui.waitForStep("You're booked!");
      expect(booked[0].detail.session).to.include({ groupSession: 'grp-rest-apis', agenda: 'JWT auth' });
      expect(backend.store.listGroupSessions('student-2', { service: GROUP })[0]).to.include({ seatsLeft: 3, joined: true });

      ui.one('[part~="book-another"]')!.click();
      await ui.chooseService('Group Code Review');
      await ui.waitFor('[part="group-session"]');
      expect(sessionsShown(ui)[0].slice(2)).to.deep.equal(['You have a seat', true]);
    });

    it('speaks Spanish', async () => {
      const ui = await groupCard('es');
      await ui.chooseService('Group Code Review');
      await ui.waitForStep('Elige una sesión grupal');
      await ui.waitFor('[part="group-session"]');
      expect(ui.text('.step-count')).to.equal('Paso 2 de 3');
      expect(sessionsShown(ui).map(([, when, seats]) => [when, seats])).to.deep.equal([
        ['miércoles, 25 de noviembre, 23:00 (hora de Europa central) · Valentina Rojas', 'Quedan 4 cupos'],
        ['jueves, 26 de noviembre, 23:00 (hora de Europa central) · Andrés Quintero', 'Llena'],
        ['viernes, 27 de noviembre, 13:30 (hora de Europa central) · Rahul Verma', 'Quedan 5 cupos'],
        ['lunes, 30 de noviembre, 23:00 (hora de Europa central) · Valentina Rojas', 'Quedan 6 cupos'],
      ]);
    });

    it('a session that fills up during confirmation: back to a fresh list, saying so', async () => {
      const dataset = createDemoDataset(backend.clock());
      dataset.groupSessions![0].taken = 5;
      const store = new MemoryStore({ now: backend.clock, dataset });
      await serveStore(store);
      const ui = await groupCard();
      await ui.chooseService('Group Code Review');
      (await ui.waitFor('[part="group-session"]')).click();
      await ui.waitForStep('Confirm your session');
      store.bookGroupSeat('student-unlimited', { groupSession: 'grp-rest-apis', timezone: 'UTC', idempotencyKey: 'first' });
      await ui.book();
      await ui.waitForStep('Choose a group session');
      // The backend's own words for the refusal.
      expect(ui.text('[part="notice"]')).to.equal('This group session is full.');
      await waitUntil(() => sessionsShown(ui)[0]?.[2] === 'Full', 'the list was not refreshed');
      expect(sessionsShown(ui)[0][3]).to.equal(true);
    });

    it('no sessions scheduled: says so; a backend without group sessions books group services like 1-1 ones', async () => {
      const dataset = createDemoDataset(backend.clock());
      dataset.groupSessions = [];
      await serveStore(new MemoryStore({ now: backend.clock, dataset }));
      const empty = await groupCard();
      await empty.chooseService('Group Code Review');
      await empty.waitFor('[part="empty"]');
      expect(empty.text('[part="empty"]')).to.equal('No group sessions are scheduled for this service yet.');

      const older = await groupCard('en', asStudent2({ capabilities: { groups: false } }));
      await older.chooseService('Group Code Review');
      await older.waitForStep('Choose a mentor');
    });

    it('the demo student has no group credits: out of credits, not a list', async () => {
      const ui = await groupCard('en', createHttpClient({ baseUrl: '/api' }));
      await ui.chooseService('Group Code Review');
      await ui.waitForStep('No sessions left');
    });
  });

  describe('time zones', () => {
    it("uses the browser's zone when none is given, and a time-zone attribute over it", async () => {
      await emulateBrowserTimeZone('Asia/Kolkata');
      try {
        const client = createMemoryClient({ store: backend.store });
        const ui = new CardHarness(
          await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
            client,
            timeZone: '',
          }),
        );
        await ui.chooseTime(TUESDAY_10_BOGOTA);
        await ui.waitForStep('Confirm your session');
        expect(ui.text('[part="summary"]')).to.match(/Tuesday, November 24 at 8:30\sPM \(India Standard Time\)/);

        const madrid = new CardHarness(
          await mount<MentorScheduleCard>(
            html`<mentor-schedule-card time-zone="Europe/Madrid" service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`,
            { client, timeZone: '' },
          ),
        );
        await madrid.chooseTime('2026-11-24T16:00:00.000Z');
        await madrid.waitForStep('Confirm your session');
        expect(madrid.text('[part="summary"]')).to.match(/Tuesday, November 24 at 5:00\sPM \(Central European Time\)/);
      } finally {
        await restoreBrowserTimeZone();
      }
    });

    it('a student in Madrid booking a mentor in Los Angeles across the US DST change sees the right day and time', async () => {
      // Friday 30 October 2026: Europe left summer time last Sunday (Madrid is UTC+1), the US leaves
      // it on Sunday 1 November (Los Angeles goes from UTC−7 to UTC−8). The gap grows from 8 to 9 hours.
      backend.clock.set('2026-10-30T12:00:00.000Z');
      backend.store = new MemoryStore({ now: backend.clock });
      await serveStore(backend.store);
      const bookings = await recordBookings();
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="emily-nguyen"></mentor-schedule-card>`, {
          apiBase: '/api',
          timeZone: 'Europe/Madrid',
        }),
      );
      await ui.waitFor('[part~="slot"]');
      const times = (day: string) => ui.all(`[aria-labelledby="day-${day}"] [part~="slot"]`).map(slot => textOf(slot).replace(/\s/g, ' '));
      // Emily works 09:00–12:00 in Los Angeles: a 60-minute session starts 09:00–11:00 there.
      expect(times('2026-10-30')).to.deep.equal(['5:00 PM', '5:30 PM', '6:00 PM', '6:30 PM', '7:00 PM']);
      expect(times('2026-11-01'), 'Sunday').to.deep.equal([]);
      expect(times('2026-11-02')).to.deep.equal(['6:00 PM', '6:30 PM', '7:00 PM', '7:30 PM', '8:00 PM']);

      await ui.chooseTime('2026-11-02T17:00:00.000Z');
      await ui.waitForStep('Confirm your session');
      expect(ui.text('[part="summary"]')).to.match(/Monday, November 2 at 6:00\sPM \(Central European Time\)/);
      expect(ui.text('[part="summary"]')).to.match(/9:00\sAM for the mentor in Los Angeles/);
      await ui.book();
      await ui.waitForStep("You're booked!");
      const body = await bookings[0].json();
      expect(body).to.include({ starts_at: '2026-11-02T17:00:00.000Z', timezone: 'Europe/Madrid' });
    });
  });
});
