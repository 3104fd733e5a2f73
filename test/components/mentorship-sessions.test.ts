import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createDemoDataset, createHttpClient, MemoryStore, type MentorshipSessions } from '../../src/index.js';
import { deepActiveElement } from '../support/card-harness.js';
import { collect, mount, mouseClick, textOf } from '../support/fixtures.js';
import { icsFromChoices, openCalendarChoices, parseIcs } from '../support/ics.js';
import { serveStore, usePinnedBackend, worker } from '../support/mock-backend.js';
import { SessionsHarness } from '../support/sessions-harness.js';
import { joinOpensIn } from '../../src/components/mentorship-sessions/timing.js';
import { calendarLinks } from '../../src/base/calendar-menu.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T12:00:00.000Z'; // Tuesday, 07:00 in Bogotá
const ANA_START = '2026-11-24T15:00:00.000Z'; // 10:00 in Bogotá
const ANA_END = '2026-11-24T16:00:00.000Z';

const at = (instant: string, seconds = 0) => new Date(Date.parse(instant) + seconds * 1000);

describe('<mentorship-sessions>', () => {
  const backend = usePinnedBackend(NOW);

  /** Books Ana on Tuesday at 10:00 in Bogotá for the demo student, the way the card would. */
  const bookAna = (agenda = 'Hooks and state') =>
    backend.store.bookSession('demo-student', {
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: ANA_START,
      timezone: 'America/Bogota',
      agenda,
      idempotencyKey: crypto.randomUUID(),
    });

  const codingCredits = () => backend.store.getCredits('demo-student').find(bucket => bucket.id === 'monthly-coding')!.remaining;

  async function mountSessions(locale = 'en', attributes = html`<mentorship-sessions></mentorship-sessions>`) {
    const element = await mount<MentorshipSessions>(attributes, { apiBase: '/api', locale });
    const ui = new SessionsHarness(element);
    await ui.loaded();
    return ui;
  }

  for (const [locale, words] of [
    [
      'en',
      {
        tabs: ['Upcoming', 'Past'],
        coding: 'GeekPal 1-1 Coding Mentorship',
        when: /Tuesday, November 24 at 10:00\sAM \(Colombia Standard Time\) · 60 min/,
        status: 'Scheduled',
        agenda: 'Agenda: Hooks and state',
        actions: ['Add to calendar', 'Reschedule', 'Cancel session'],
        join: 'Join',
        countdown: 'You can join in 3 hours',
        completed: 'Completed',
        rated: 'You rated it 5 out of 5',
        rate: 'How was this session?',
      },
    ],
    [
      'es',
      {
        tabs: ['Próximas', 'Pasadas'],
        // The demo backend answers in the language asked for (Accept-Language).
        coding: 'Mentoría de código 1-1 GeekPal',
        when: /martes, 24 de noviembre, 10:00 \(hora estándar de Colombia\) · 60 min/,
        status: 'Reservada',
        agenda: 'Temas: Hooks and state',
        actions: ['Añadir al calendario', 'Reprogramar', 'Cancelar sesión'],
        join: 'Entrar',
        countdown: 'Podrás entrar dentro de 3 horas',
        completed: 'Completada',
        rated: 'La calificaste con 5 de 5',
        rate: '¿Qué tal estuvo esta sesión?',
      },
    ],
  ] as const) {
    it(`lists upcoming and past sessions with service, mentor, time, duration, status and agenda (${locale})`, async () => {
      bookAna();
      const ui = await mountSessions(locale);
      expect(ui.all('[part~="tab"]').map(tab => tab.textContent.trim())).to.deep.equal(words.tabs);
      expect(ui.one('[part~="tab"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(ui.mentors()).to.deep.equal(['Ana García', 'Valentina Rojas']);

      const ana = await ui.session('Ana García');
      const text = ana.textContent.replace(/\s+/g, ' ');
      expect(text).to.contain(words.coding);
      expect(text).to.match(words.when);
      expect(ana.querySelector('[part~="status"]')!.textContent.trim()).to.equal(words.status);
      expect(text).to.contain(words.agenda);
      expect(ana.querySelector('[part~="avatar"]')).to.exist;
      expect([...ana.querySelectorAll('.actions button:not([part~="join"])')].map(button => button.textContent.trim())).to.deep.equal(
        words.actions,
      );
      const join = ana.querySelector<HTMLButtonElement>('[part~="join"]')!;
      expect(join.textContent.trim()).to.equal(words.join);
      expect(join.disabled).to.equal(true);
      expect(ui.text('[part="countdown"]')).to.equal(words.countdown);

      await ui.showPast();
      expect(ui.mentors()).to.deep.equal(['Ana García', 'James Carter']);
      const james = await ui.session('James Carter');
      expect(james.querySelector('[part~="status"]')!.textContent.trim()).to.equal(words.completed);
      expect(james.textContent).to.contain(words.rated);
      // The check-in (this backend takes them) asks for the rating too; its code arrives first.
      await waitUntil(() => ui.sessionNow('Ana García')?.textContent?.includes(words.rate), 'no rating asked', { timeout: 5000 });
    });
  }

  it("counts down to Join in calendar days in the student's zone beyond a day, with the day and time unbroken", () => {
    const opens = Date.parse('2026-11-30T16:50:00Z'); // Monday 11:50 in Bogotá: Join of a noon session
    const from = (instant: string, locale = 'en') => joinOpensIn(opens, Date.parse(instant), locale, 'America/Bogota').replace(/\s/g, ' ');
    // Saturday 10:00 and Saturday 23:00 in Bogotá: two days, not three, and not "in 37 hours".
    expect(from('2026-11-28T15:00:00Z')).to.equal('in 2 days (Mon, Nov 30, 11:50 AM)');
    expect(from('2026-11-29T04:00:00Z')).to.equal('in 2 days (Mon, Nov 30, 11:50 AM)');
    expect(from('2026-11-29T15:00:00Z')).to.equal('tomorrow (Mon, Nov 30, 11:50 AM)');
    expect(from('2026-11-28T15:00:00Z', 'es')).to.equal('pasado mañana (lun, 30 nov, 11:50)');
    // Within a day: hours, then minutes.
    expect(from('2026-11-30T04:00:00Z')).to.equal('in 13 hours');
    expect(from('2026-11-30T16:45:30Z')).to.equal('in 5 minutes');
    // The date and time stay on one line.
    expect(joinOpensIn(opens, Date.parse('2026-11-28T15:00:00Z'), 'en', 'America/Bogota')).to.match(
      /\(Mon,\u00a0Nov\u00a030,\u00a011:50\u00a0AM\)$/,
    );
  });

  it('in a 300 px sidebar: one primary action per session (Join), the others a compact row, nothing sticking out', async () => {
    bookAna();
    backend.clock.set(at(ANA_START, -5 * 60).toISOString());
    const ui = await mountSessions('en', html`<mentorship-sessions style="width: 300px"></mentorship-sessions>`);
    const ana = await ui.session('Ana García');
    const actions = [...ana.querySelectorAll<HTMLElement>('.actions > a, .actions > button')];
    const filled = (element: HTMLElement) => getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)';
    expect(actions.filter(filled).map(element => textOf(element))).to.deep.equal(['Join (opens in a new tab)']);
    expect(actions.filter(element => !filled(element)).map(element => textOf(element))).to.deep.equal([
      'Add to calendar',
      'Reschedule',
      'Cancel session',
    ]);
    expect(ui.element.scrollWidth).to.be.at.most(ui.element.clientWidth);
    for (const element of actions) expect(element.getBoundingClientRect().height, textOf(element)).to.be.at.least(32);
  });

  it('opens Join ten minutes before the start until the end, counting down before and marking it live', async () => {
    bookAna();
    const ui = await mountSessions();
    const ana = await ui.session('Ana García');
    const showAt = async (instant: Date) => {
      backend.clock.set(instant.toISOString());
      ui.element.requestUpdate();
      await ui.element.updateComplete;
    };

    await showAt(at(ANA_START, -10 * 60 - 1));
    expect(ana.querySelector<HTMLButtonElement>('button[part~="join"]')!.disabled).to.equal(true);
    expect(ui.text('[part="countdown"]')).to.equal('You can join in 1 minute');

    await showAt(at(ANA_START, -10 * 60));
    const link = ana.querySelector<HTMLAnchorElement>('a[part~="join"]')!;
    expect(link.href).to.match(/^https:\/\/meet\.example\.com\/mentorship\/ses-\d+$/);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
    expect(ana.querySelector('[part="countdown"]')).to.equal(null);
    expect(ana.querySelector('[part~="status"]')!.textContent.trim()).to.equal('Scheduled');

    await showAt(at(ANA_START, 5 * 60));
    expect(ana.querySelector('[part~="status-started"]')!.textContent.trim()).to.equal('Live now');
    expect(ana.querySelector('a[part~="join"]')).to.exist;
    // A live session can no longer be canceled or moved.
    expect(ana.querySelector('[part~="cancel"]')).to.equal(null);
    expect(ana.querySelector('[part~="reschedule-toggle"]')).to.equal(null);

    await showAt(at(ANA_END, -1));
    expect(ana.querySelector('a[part~="join"]')).to.exist;
    await showAt(at(ANA_END));
    expect(ana.querySelector('[part~="join"]')).to.equal(null);
  });

  it('cancels after a confirmation, returns the credit and says so; Keep it changes nothing', async () => {
    bookAna();
    const requests = collect<CustomEvent>('mentorship-cancel-request');
    const canceled = collect<CustomEvent>('mentorship-canceled');
    const ui = await mountSessions();
    const before = codingCredits();
    let ana = await ui.session('Ana García');

    await ui.press(ana, 'cancel');
    expect(ui.text('[part="confirm-cancel"]')).to.match(/^Cancel your session with Ana García on Tuesday, November 24 at 10:00\sAM\?/);
    await waitUntil(() => deepActiveElement()?.matches('[part~="keep"]'), 'focus did not move to Keep it');
    await ui.press(ui.one('[part="confirm-cancel"]')!, 'keep');
    expect(ui.one('[part="confirm-cancel"]')).to.equal(undefined);
    expect(requests).to.have.length(0);

    ana = await ui.session('Ana García');
    await ui.press(ana, 'cancel');
    await ui.press(ui.one('[part="confirm-cancel"]')!, 'confirm');
    await waitUntil(() => ui.notice() === 'Session canceled.', 'no confirmation shown');
    await waitUntil(() => !ui.sessionNow('Ana García'), 'the canceled session is still listed');
    expect(requests).to.have.length(1);
    expect(canceled).to.have.length(1);
    expect(canceled[0].detail.session.status).to.equal('canceled');
    expect(codingCredits()).to.equal(before! + 1);
  });

  it('a page can stop a cancellation with preventDefault', async () => {
    bookAna();
    const ui = await mountSessions();
    const stop = (event: Event) => event.preventDefault();
    document.addEventListener('mentorship-cancel-request', stop);
    try {
      await ui.press(await ui.session('Ana García'), 'cancel');
      await ui.press(ui.one('[part="confirm-cancel"]')!, 'confirm');
      expect(backend.store.listSessions('demo-student', { status: 'upcoming' }).map(session => session.mentor.slug)).to.include(
        'ana-garcia',
      );
    } finally {
      document.removeEventListener('mentorship-cancel-request', stop);
    }
  });

  it('once changes are closed by the stated policy, the rule shows in place of Cancel and Reschedule', async () => {
    backend.store = new MemoryStore({ now: backend.clock, changeNoticeHours: 24 });
    await serveStore(backend.store);
    bookAna(); // in 3 hours
    // Thursday at 10:00 in Bogotá: two days ahead, still changeable.
    backend.store.bookSession('demo-student', {
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-11-26T15:00:00.000Z',
      timezone: 'America/Bogota',
      idempotencyKey: crypto.randomUUID(),
    });
    const ui = await mountSessions('es');
    const rows = () => ui.all('[part~="session"]').filter(row => row.textContent.includes('Ana García'));
    const buttons = (row: Element) =>
      [...row.querySelectorAll('.actions > button:not([part~="join"])')].map(button => button.textContent.trim());
    await waitUntil(() => rows().length === 2, 'both sessions with Ana were not listed');
    const [soon, later] = rows();
    expect(buttons(soon)).to.deep.equal(['Añadir al calendario']);
    expect(soon.querySelector('[part="change-rule"]')!.textContent.trim()).to.equal(
      'Ya no se puede cancelar ni mover: los cambios se cierran 24 horas antes de cada sesión.',
    );
    expect(buttons(later)).to.deep.equal(['Añadir al calendario', 'Reprogramar', 'Cancelar sesión']);
    expect(later.querySelector('[part="change-rule"]')).to.equal(null);

    // The later one's changes close on Wednesday at 10:00 in Bogotá: its buttons go then.
    backend.clock.set('2026-11-25T15:00:00.000Z');
    ui.element.requestUpdate();
    await ui.element.updateComplete;
    expect(buttons(rows()[1])).to.deep.equal(['Añadir al calendario']);
    expect(rows()[1].querySelector('[part="change-rule"]')).not.to.equal(null);
  });

  it('a refusal by a backend that states no policy: its words at the session, and they stay in place of the buttons', async () => {
    bookAna();
    const reason = 'Sessions can be canceled until 48 hours before they start.';
    const cancels: Request[] = [];
    (await worker()).use(
      http.post('/api/sessions/:id/cancel', ({ request }) => {
        cancels.push(request);
        return HttpResponse.json({ error: { code: 'forbidden', message: reason } }, { status: 403 });
      }),
    );
    const ui = await mountSessions();
    let ana = await ui.session('Ana García');
    expect(ana.querySelector('[part~="cancel"]')).not.to.equal(null);
    await ui.press(ana, 'cancel');
    await ui.press(ui.one('[part="confirm-cancel"]')!, 'confirm');
    await waitUntil(() => ui.one('[part="notice"]'), 'no refusal shown');
    expect(ui.one('[part="notice"]')!.getAttribute('role')).to.equal('alert');
    expect(ui.notice()).to.equal(reason);
    // The question is closed, the answer is told at that session, and said once (not again as the rule).
    ana = await ui.session('Ana García');
    expect(ui.one('[part="confirm-cancel"]')).to.equal(undefined);
    expect(ana.querySelector('[part="notice"]')).not.to.equal(null);
    expect(ana.querySelector('[part="change-rule"]')).to.equal(null);
    await waitUntil(() => !ui.sessionNow('Ana García')?.querySelector('[part~="cancel"]'), 'Cancel is still offered after the refusal');
    expect(ui.sessionNow('Ana García')!.querySelector('[part~="reschedule-toggle"]')).to.equal(null);

    // The notice goes (the student looks at the past sessions and back): the rule stays.
    await ui.showPast();
    ui.all('[part~="tab"]')[0].click();
    await ui.loaded();
    await waitUntil(() => ui.sessionNow('Ana García')?.querySelector('[part="change-rule"]'), 'the rule did not stay');
    expect(ui.sessionNow('Ana García')!.querySelector('[part="change-rule"]')!.textContent.trim()).to.equal(reason);
    expect(ui.sessionNow('Ana García')!.querySelector('[part~="cancel"]')).to.equal(null);
    expect(cancels).to.have.length(1);
  });

  it('reschedules in the mentor’s agenda with one request; credits are unchanged', async () => {
    const session = bookAna();
    const moves: Request[] = [];
    (await worker()).use(
      http.post('/api/sessions/:id/reschedule', ({ request }) => {
        moves.push(request.clone());
        return undefined;
      }),
    );
    const rescheduled = collect<CustomEvent>('mentorship-rescheduled');
    const ui = await mountSessions();
    const before = codingCredits();

    await ui.press(await ui.session('Ana García'), 'reschedule-toggle');
    const panel = ui.one('[part="reschedule"]')!;
    expect(panel.textContent).to.contain('Choose a new time with Ana García');
    const agenda = panel.querySelector('mentor-agenda')!;
    expect(agenda.getAttribute('reschedule')).to.equal(session.id);
    const newTime = '2026-11-24T16:00:00.000Z';
    await waitUntil(() => agenda.shadowRoot!.querySelector(`[data-starts-at="${newTime}"]`), 'the agenda offered no later time');
    agenda.shadowRoot!.querySelector<HTMLElement>(`[data-starts-at="${newTime}"]`)!.click();
    await agenda.updateComplete;
    const confirm = agenda.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!;
    expect(confirm.textContent.trim()).to.equal('Move the session here');
    confirm.click();

    await waitUntil(() => ui.notice().startsWith('Moved to'), 'no confirmation shown');
    expect(ui.notice()).to.match(/^Moved to Tuesday, November 24 at 11:00\sAM/);
    expect(ui.one('[part="reschedule"]')).to.equal(undefined);
    expect(moves).to.have.length(1);
    expect(moves[0].headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    expect(await moves[0].json()).to.deep.equal({ starts_at: newTime });
    expect(rescheduled[0].detail.session).to.include({ id: session.id, startsAt: newTime });
    expect(codingCredits()).to.equal(before);
    await waitUntil(() => /11:00\sAM/.test(ui.sessionNow('Ana García')?.textContent ?? ''), 'the list kept the old time');
    expect(
      backend.store.listSessions('demo-student', { status: 'upcoming' }).filter(item => item.mentor.slug === 'ana-garcia'),
    ).to.have.length(1);
  });

  it('a move the backend refuses by its policy closes the agenda and leaves the rule in place of the buttons', async () => {
    bookAna();
    const reason = 'Sessions can be moved until 48 hours before they start.';
    (await worker()).use(
      http.post('/api/sessions/:id/reschedule', () =>
        HttpResponse.json({ error: { code: 'forbidden', message: reason } }, { status: 403 }),
      ),
    );
    const ui = await mountSessions();
    const agenda = await ui.reschedule('Ana García');
    await agenda.chooseTime('2026-11-24T16:00:00.000Z');
    await agenda.element.updateComplete;
    (await agenda.waitFor<HTMLButtonElement>('[part~="confirm"]', 'no "Move the session here"')).click();
    await waitUntil(() => ui.notice() === reason, 'the refusal was not told at the session');
    expect(ui.one('[part="reschedule"]')).to.equal(undefined);
    const ana = ui.sessionNow('Ana García')!;
    expect(ana.querySelector('[part="notice"]')).not.to.equal(null);
    expect(ana.querySelector('[part~="reschedule-toggle"]')).to.equal(null);
    expect(ana.querySelector('[part~="cancel"]')).to.equal(null);
  });

  it('a seat in a group session can be given back, not moved', async () => {
    const dataset = createDemoDataset(backend.clock());
    dataset.students.find(student => student.id === 'demo-student')!.credits.find(bucket => bucket.id === 'group-pack')!.remaining = 1;
    const store = new MemoryStore({ now: backend.clock, dataset });
    await serveStore(store);
    store.bookGroupSeat('demo-student', { groupSession: 'grp-rest-apis', timezone: 'UTC', idempotencyKey: 'seat' });
    const ui = await mountSessions();
    // The demo student also has a 1-1 with Valentina: find the seat by its service.
    const seat = await ui.session('Group Code Review');
    expect(seat.textContent).to.contain('Valentina Rojas');
    expect(seat.querySelector('[part~="reschedule-toggle"]')).to.equal(null);
    await ui.press(seat, 'cancel');
    await ui.press(ui.one('[part="confirm-cancel"]')!, 'confirm');
    await waitUntil(() => !ui.sessionNow('Group Code Review'), 'the seat is still listed');
    expect(ui.sessionNow('Valentina Rojas')!.querySelector('[part~="reschedule-toggle"]')).not.to.equal(null);
    expect(store.listGroupSessions('demo-student', { service: 'group-code-review' })[0]).to.include({ seatsLeft: 4, joined: false });
  });

  it('Add to calendar gives an RFC 5545 event with the join link that parses back', async () => {
    const session = bookAna('Review; my, app');
    const ui = await mountSessions();
    const ana = await ui.session('Ana García');
    const button = ana.querySelector<HTMLElement>('[part~="calendar"]')!;
    const fields = await parseIcs(await icsFromChoices(button));
    expect(fields.DTSTART).to.equal('20261124T150000Z');
    expect(fields.DTEND).to.equal('20261124T160000Z');
    expect(fields.UID).to.equal(`${session.id}@mentorship-widgets`);
    expect(fields.SUMMARY).to.equal('GeekPal 1-1 Coding Mentorship with Ana García');
    expect(fields.DESCRIPTION).to.equal(`Review\\; my\\, app\\n\\n${session.joinUrl}`);
    expect(fields.URL).to.equal(session.joinUrl);
    expect(fields['VALARM.TRIGGER']).to.equal('-PT30M');
    // Choosing closes the choices, and the keyboard is back on the button.
    await waitUntil(() => !ui.one('[part="calendar-menu"]'), 'the choices stayed open');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // reminder-minutes changes it.
    ui.element.setAttribute('reminder-minutes', '15');
    await ui.element.updateComplete;
    expect((await parseIcs(await icsFromChoices(button)))['VALARM.TRIGGER']).to.equal('-PT15M');
  });

  for (const [locale, names] of [
    ['en', ['Google Calendar', 'Outlook.com', 'Microsoft 365 (work or school)', 'Apple Calendar or other (.ics file)']],
    ['es', ['Google Calendar', 'Outlook.com', 'Microsoft 365 (trabajo o centro educativo)', 'Calendario de Apple u otro (archivo .ics)']],
  ] as const)
    it(`Add to calendar offers Google Calendar and Outlook with the session filled in, nothing else added (${locale})`, async () => {
      const session = bookAna('Hooks & state?');
      const ui = await mountSessions(locale);
      const button = (await ui.session('Ana García')).querySelector<HTMLElement>('[part~="calendar"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const menu = await openCalendarChoices(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const items = [...menu.querySelectorAll<HTMLElement>('a, button')];
      expect(items.map(item => item.firstChild!.textContent!.trim())).to.deep.equal(names);
      // The keyboard is on the first choice; the menu sits under the button, inside the window.
      expect(deepActiveElement()).to.equal(items[0]);
      const [box, under] = [menu.getBoundingClientRect(), button.getBoundingClientRect()];
      expect(box.top).to.be.at.least(under.bottom);
      expect(box.right).to.be.at.most(innerWidth);

      const [google, outlook, office] = items.slice(0, 3).map(link => new URL((link as HTMLAnchorElement).href));
      // The calendar's title in the widget's language: the service's name (as the backend gives it) with the mentor.
      const title = google.searchParams.get('text')!;
      expect(title).to.match(locale === 'en' ? /^GeekPal 1-1 Coding Mentorship with Ana García$/ : /^\S.* con Ana García$/);
      expect(google.origin + google.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(Object.fromEntries(google.searchParams)).to.deep.equal({
        action: 'TEMPLATE',
        text: title,
        dates: '20261124T150000Z/20261124T160000Z',
        details: `Hooks & state?\n\n${session.joinUrl}`,
        location: session.joinUrl,
      });
      for (const [link, origin] of [
        [outlook, 'https://outlook.live.com'],
        [office, 'https://outlook.office.com'],
      ] as const) {
        expect(link.origin).to.equal(origin);
        expect(Object.fromEntries(link.searchParams)).to.deep.equal({
          path: '/calendar/action/compose',
          rru: 'addevent',
          subject: title,
          startdt: '2026-11-24T15:00:00.000Z',
          enddt: '2026-11-24T16:00:00.000Z',
          body: `Hooks & state?\n\n${session.joinUrl}`,
          location: session.joinUrl,
        });
      }
      for (const link of items.slice(0, 3) as HTMLAnchorElement[]) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener');
      }
      // Escape closes it, and the keyboard goes back to the button.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !ui.one('[part="calendar-menu"]'), 'Escape did not close the choices');
      expect(deepActiveElement()).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Pressed again it opens; pressed once more it closes.
      await openCalendarChoices(button);
      await mouseClick(button);
      await new Promise(resolve => setTimeout(resolve, 100));
      expect(ui.one('[part="calendar-menu"]')).to.equal(undefined);
    });

  it('a join link that is not http(s) stays out of the calendar pages', () => {
    // The HTTP client already drops such links; a client of the page's own may not.
    const session = { id: 's', startsAt: ANA_START, endsAt: ANA_END, agenda: 'Plan', joinUrl: 'javascript:alert(1)' };
    for (const href of Object.values(calendarLinks(session, 'Mentoring'))) {
      const link = new URL(href);
      expect(link.protocol).to.equal('https:');
      expect(href).not.to.contain('javascript');
      expect(link.searchParams.has('location')).to.equal(false);
    }
  });

  it('rates a past session once where the backend takes no check-ins, and the rating feeds the mentor’s', async () => {
    const rated = collect<CustomEvent>('mentorship-rated');
    const client = createHttpClient({ baseUrl: '/api', capabilities: { checkIns: false } });
    const ui = new SessionsHarness(await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, { client }));
    await ui.loaded();
    await ui.showPast();
    const ratingBefore = backend.store.listMentors().find(mentor => mentor.slug === 'ana-garcia')!.rating!;
    const ana = await ui.session('Ana García');
    // The form comes with its code (check-in.ts), fetched with the first session waiting for one.
    await waitUntil(() => ana.querySelector('form[part="feedback"]'), 'no rating form');
    const form = ana.querySelector<HTMLFormElement>('form[part="feedback"]')!;

    form.querySelector<HTMLButtonElement>('[part~="send-feedback"]')!.click();
    await waitUntil(() => ui.notice() === 'Choose a rating from 1 to 5 stars.', 'an empty rating was not refused');

    const stars = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(stars.map(star => star.labels![0].querySelector('.visually-hidden')!.textContent)).to.deep.equal([
      '1 star',
      '2 stars',
      '3 stars',
      '4 stars',
      '5 stars',
    ]);
    stars[1].click();
    form.querySelector('textarea')!.value = '  Too short  ';
    await ui.element.updateComplete;
    form.querySelector<HTMLButtonElement>('[part~="send-feedback"]')!.click();

    await waitUntil(() => ui.notice() === 'Thanks for your feedback!', 'no thanks shown');
    await waitUntil(() => (ui.sessionNow('Ana García')?.textContent ?? '').includes('You rated it 2 out of 5'), 'the rating is not shown');
    expect(ui.sessionNow('Ana García')!.querySelector('form')).to.equal(null);
    expect(rated[0].detail.session.feedback).to.deep.equal({ rating: 2, comment: 'Too short' });
    const ratingAfter = backend.store.listMentors().find(mentor => mentor.slug === 'ana-garcia')!.rating!;
    expect(ratingAfter).to.be.below(ratingBefore);
    expect(() => backend.store.rateSession('demo-student', { id: rated[0].detail.session.id, rating: 5 })).to.throw('already rated');
  });

  it('an empty list says so and links to the booking flow, only over http(s)', async () => {
    for (const session of backend.store.listSessions('demo-student', { status: 'upcoming' }))
      backend.store.cancelSession('demo-student', { id: session.id });
    const ui = await mountSessions('en', html`<mentorship-sessions booking-url="https://lms.example.com/mentoring"></mentorship-sessions>`);
    expect(ui.text('[part="empty"]')).to.equal('You have no upcoming sessions. Schedule a mentoring session');
    expect(ui.one<HTMLAnchorElement>('[part~="book"]')!.href).to.equal('https://lms.example.com/mentoring');

    ui.element.bookingUrl = 'javascript:alert(1)';
    await ui.element.updateComplete;
    expect(ui.one('[part~="book"]')).to.equal(undefined);
  });

  it('hears a booking made elsewhere on the page and lists it', async () => {
    const ui = await mountSessions();
    expect(ui.mentors()).to.deep.equal(['Valentina Rojas']);
    const session = bookAna();
    window.dispatchEvent(new CustomEvent('mentorship-booked', { detail: { session, timeZone: 'America/Bogota' } }));
    await waitUntil(() => ui.mentors().length === 2, 'the new session was not listed');
    expect(ui.mentors()).to.deep.equal(['Ana García', 'Valentina Rojas']);
  });
});
