import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  createMemoryClient,
  type JourneyActionEvent,
  type MentorshipClient,
  type MentorshipJourney,
  type ProgramClosedEvent,
} from '../../src/index.js';
import { deepActiveElement } from '../support/card-harness.js';
import { CardHarness, JourneyHarness } from '../../src/testing/index.js';
import { eventsPerTest, loaded, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';

const root = (journey: Element) => journey.shadowRoot!;
const one = <T extends Element = HTMLElement>(journey: Element, selector: string) => root(journey).querySelector<T>(selector)!;
const all = <T extends HTMLElement = HTMLElement>(journey: Element, selector: string) => [...root(journey).querySelectorAll<T>(selector)];
// The shipped page object reads the journey as an LMS's own tests would.
const stages = (journey: MentorshipJourney) => new JourneyHarness(journey).stages();
const current = (journey: MentorshipJourney) => textOf(one(journey, '[aria-current="step"]'));
const actions = (journey: MentorshipJourney) => new JourneyHarness(journey).actions();
const facts = (journey: MentorshipJourney, part: 'facts' | 'summary' = 'facts') => new JourneyHarness(journey).facts(part);
const type = (field: HTMLTextAreaElement, text: string) => {
  field.value = text;
  field.dispatchEvent(new Event('input'));
};
const button = (journey: Element, label: string) => all(journey, 'button').find(each => textOf(each) === label)!;
/** Opens the closing form (its code is fetched the first time). */
async function openClosing(journey: Element, label = 'Leave the programme early') {
  button(journey, label).click();
  await waitUntil(() => root(journey).querySelector('[part="closing-form"]'), 'the closing form never opened', { timeout: 5000 });
}

describe('<mentorship-journey>', () => {
  const backend = usePinnedBackend(NOW);
  const closed = eventsPerTest<ProgramClosedEvent>('mentorship-program-closed');
  const acted = eventsPerTest<JourneyActionEvent>('mentorship-journey-action');
  const student = () => createMemoryClient({ store: backend.store });

  /** The intake done (elsewhere on the page, or in another tab). */
  const saveIntake = () =>
    student().saveProfile!({
      profile: {
        goals: 'A job',
        skills: [],
        level: null,
        languages: ['en'],
        times: { weekdays: [], parts: [] },
        timezone: 'America/Bogota',
      },
    });

  async function mountJourney(options: { locale?: string; client?: MentorshipClient; apiBase?: string } = {}) {
    const journey = await mount<MentorshipJourney>(html`<mentorship-journey support-email="support@4geeks.com"></mentorship-journey>`, {
      apiBase: options.client ? undefined : (options.apiBase ?? '/api'),
      ...options,
    });
    await loaded(journey);
    return journey;
  }

  /** Makes a change, loads again and waits until the journey shows `shown`. */
  async function moved(journey: MentorshipJourney, change: () => Promise<unknown>, shown: () => boolean) {
    await change();
    journey.refresh();
    await waitUntil(shown, 'the journey never moved', { timeout: 5000 });
  }

  it('shows the programme’s facts, and its stages move as the data moves (the clock pinned)', async function () {
    this.timeout(20_000);
    const journey = await mountJourney();
    expect(textOf(one(journey, 'h3'))).to.equal('Your mentoring programme');
    expect(textOf(one(journey, '.name'))).to.equal('Full-Stack Developer · Mentoring programme');
    expect(facts(journey)).to.deep.equal({
      Dates: 'Oct 25 – Jan 23, 2027'.replace('Oct 25', 'Oct 25, 2026'),
      'Sessions held': '2 of 8 sessions held',
      'Programme manager': 'Laura Gómez · laura.gomez@4geeks.example',
    });
    expect(one<HTMLAnchorElement>(journey, '[part="facts"] a').href).to.equal('mailto:laura.gomez@4geeks.example');
    expect(all(journey, '[part="resources"] a').map(link => [textOf(link), link.getAttribute('href')])).to.deep.equal([
      ['Guidelines (opens in a new tab)', 'https://4geeks.com/lesson/mentoring-sessions'],
      ['How mentoring works at 4Geeks (opens in a new tab)', 'https://4geeks.com/lesson/mentoring-sessions'],
      ['Preparing for a mentoring session (opens in a new tab)', 'https://4geeks.com/lesson/how-to-prepare-mentoring'],
    ]);

    // No intake yet: orientation, with the guidelines and the intake to do; what the student did
    // after it says it was done out of order.
    expect(stages(journey)).to.deep.equal([
      'Orientation, you are here',
      'First meeting · done out of order',
      'Goals set · done out of order',
      'Regular meetings, to do',
      'Skills development, to do',
      'Progress review, to do',
      'Closing, to do',
    ]);
    // Leaving is a quiet link this early, with what it means.
    const leave = button(journey, 'Leave the programme early');
    expect(leave.classList.contains('link')).to.equal(true);
    expect(textOf(root(journey).getElementById(leave.getAttribute('aria-describedby')!))).to.equal(
      'It ends your programme now, with a summary of what you achieved.',
    );
    expect(actions(journey)).to.deep.equal(['Read the guidelines (opens in a new tab)', 'Tell us what you need']);
    expect(one<HTMLAnchorElement>(journey, 'a[part="action"]').href).to.equal('https://4geeks.com/lesson/mentoring-sessions');

    // The intake saved elsewhere on the page: regular meetings, the next one booked, and a check-in
    // due on Ana's session beside them.
    await saveIntake();
    document.dispatchEvent(new CustomEvent('mentorship-profile-saved', { bubbles: true, composed: true }));
    await waitUntil(() => current(journey).startsWith('Regular meetings'), 'the intake did not move the journey', { timeout: 5000 });
    expect(stages(journey)).to.deep.equal([
      'Orientation, done',
      'First meeting, done',
      'Goals set, done',
      'Regular meetings, you are here',
      'Skills development, to do',
      'Progress review, to do',
      'Closing, to do',
    ]);
    expect(actions(journey)).to.deep.equal(['Check in on your last session']);
    expect(textOf(one(journey, '[part="next-step"] p'))).to.equal(
      'Your session of Tuesday, November 17 at 7:00 AM with Ana García: how did it go?',
    );

    // Checked in: regular meetings, with the next one booked (nothing to press but the quiet link).
    const ana = (await student().listSessions({ status: 'past' })).find(session => session.mentor.name === 'Ana García')!;
    await moved(
      journey,
      () => student().submitCheckIn!({ session: ana.id, rating: 4, fit: 'good' }),
      () => stages(journey)[5] === 'Progress review · done out of order',
    );
    expect(current(journey)).to.equal('Regular meetings, you are here');
    expect(actions(journey)).to.deep.equal([]);
    expect(textOf(one(journey, '[part="next-step"] p'))).to.equal(
      'Your next meeting: Thursday, November 26 at 8:00 AM with Valentina Rojas.',
    );
    expect(button(journey, 'Leave the programme early')).to.exist;

    // Ten days before the end, 3 of 8 held: still regular meetings — never a stage to do between done
    // ones —, with closing offered beside the next booking (Valentina's session is checked in first).
    backend.clock.set('2027-01-13T12:00:00.000Z');
    const valentina = (await student().listSessions({ status: 'past' })).find(session => session.mentor.name === 'Valentina Rojas')!;
    await moved(
      journey,
      () => student().submitCheckIn!({ session: valentina.id, rating: 5 }),
      () => facts(journey)['Sessions held'] === '3 of 8 sessions held',
    );
    expect(current(journey)).to.equal('Regular meetings, you are here');
    expect(actions(journey)).to.deep.equal(['Book your next session', 'Close the programme']);
    expect(textOf(one(journey, '[part="next-step"] p'))).to.equal(
      'Your programme ends on January 23, 2027: time to sum up what you achieved.',
    );
    expect(button(journey, 'Leave the programme early'), 'closing is an action now, not a quiet link').to.equal(undefined);
  });

  it('offers the next step to the page: the event first, then the page’s component for it', async function () {
    this.timeout(15_000);
    const journey = await mountJourney();
    const intake = document.createElement('mentorship-intake');
    journey.parentElement!.append(intake);
    await loaded(intake);

    button(journey, 'Tell us what you need').click();
    await waitUntil(() => deepActiveElement() === intake.shadowRoot!.querySelector('textarea'), 'the intake was not focused', {
      timeout: 5000,
    });
    expect(acted().map(event => event.detail.action)).to.deep.equal(['intake']);

    // A page that routes the student itself cancels the event: nothing else happens.
    (deepActiveElement() as HTMLElement).blur();
    const route = (event: Event) => event.preventDefault();
    document.addEventListener('mentorship-journey-action', route);
    try {
      button(journey, 'Tell us what you need').click();
      await journey.updateComplete;
      expect(acted()).to.have.length(2);
      expect(deepActiveElement()).to.not.equal(intake.shadowRoot!.querySelector('textarea'));
    } finally {
      document.removeEventListener('mentorship-journey-action', route);
    }

    // A check-in due: the page's sessions show the past ones, the keyboard on the check-in.
    const sessions = document.createElement('mentorship-sessions');
    journey.parentElement!.append(sessions);
    await saveIntake();
    journey.refresh();
    await waitUntil(() => actions(journey)[0] === 'Check in on your last session', 'no check-in offered', { timeout: 5000 });
    button(journey, 'Check in on your last session').click();
    await waitUntil(() => deepActiveElement()?.closest('[part~="check-in"]'), 'the check-in was not focused', { timeout: 6000 });
    expect(sessions.view).to.equal('past');
    expect(acted().map(event => event.detail.action)).to.deep.equal(['intake', 'intake', 'check-in']);
  });

  it('at closing, offers a final meeting with the last 1-1 mentor, booked through the card at that mentor', async function () {
    this.timeout(15_000);
    await saveIntake();
    const base = student();
    const past = await base.listSessions({ status: 'past' });
    const last = past
      .filter(session => session.status === 'completed' && !session.groupSession)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
    // Every planned meeting held, none booked, on a backend without check-ins or groups: closing.
    const client: MentorshipClient = {
      ...base,
      capabilities: { ...base.capabilities, checkIns: false, groups: false },
      getProgram: async options => ({ ...(await base.getProgram!(options)), sessionsPlanned: 2 }),
      listSessions: async params => (params.status === 'upcoming' ? [] : base.listSessions(params)),
    };
    const journey = await mountJourney({ client });
    expect(current(journey)).to.equal('Closing, you are here');
    expect(actions(journey)).to.deep.equal(['Book a final meeting', 'Close the programme']);
    expect(textOf(one(journey, '[part="next-step"] p'))).to.equal(
      `A final meeting with ${last.mentor.name}: celebrate what you achieved and plan what comes next.`,
    );
    const card = document.createElement('mentor-schedule-card');
    journey.parentElement!.append(card);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="open"]'), 'the card never showed');

    const press = button(journey, 'Book a final meeting').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(press.left + press.width / 2), Math.round(press.top + press.height / 2)] });
    expect(acted().map(event => [event.detail.action, event.detail.mentor, event.detail.service])).to.deep.equal([
      ['final-meeting', last.mentor.slug, last.service],
    ]);
    const ui = new CardHarness(card);
    await ui.waitForStep('Choose a time');
    expect(ui.text('[part="context"]')).to.contain(last.mentor.name);
  });

  it('closes the programme: the form filled in from the goals achieved, checked, then a summary to print and download', async function () {
    this.timeout(20_000);
    const client = student();
    const [goal] = await client.listGoals!();
    await client.saveGoal!({ goal: { ...goal, status: 'achieved' } });
    const journey = await mountJourney();

    await openClosing(journey);
    const achievements = one<HTMLTextAreaElement>(journey, '#closing-achievements');
    expect(deepActiveElement()).to.equal(achievements);
    expect(achievements.value).to.equal('Ship my final project: a full-stack to-do app');
    expect(textOf(one(journey, '#closing-achievements-hint'))).to.equal('Filled in from the goals you achieved: change it as you like.');

    // Nothing sent without what comes next and a rating: both said, the keyboard on the first.
    button(journey, 'Close the programme').click();
    await journey.updateComplete;
    expect(textOf(one(journey, '[role="alert"]'))).to.equal('2 answers need your attention.');
    expect(all(journey, '[part="field-error"]').map(error => textOf(error))).to.deep.equal([
      'Say what comes next for you.',
      'Choose a rating from 1 to 5.',
    ]);
    expect(deepActiveElement()).to.equal(one(journey, '#closing-summary'));
    expect(one(journey, '#closing-summary').getAttribute('aria-describedby')).to.equal('closing-summary-error');
    expect((await client.getProgram!()).closed).to.equal(null);

    type(achievements, 'Ship my final project: a full-stack to-do app\n\nMy first tech talk\n');
    type(one(journey, '#closing-summary'), 'Apply to junior roles and keep meeting Ana monthly.');
    all(journey, 'input[name="rating"]')[4].click();
    type(one(journey, '#closing-comment'), 'Thank you all!');
    await journey.updateComplete;
    button(journey, 'Close the programme').click();

    await waitUntil(() => closed().length === 1, 'never closed', { timeout: 5000 });
    expect(closed()[0].detail.program.closed).to.deep.include({
      summary: 'Apply to junior roles and keep meeting Ana monthly.',
      achievements: ['Ship my final project: a full-stack to-do app', 'My first tech talk'],
      rating: 5,
      comment: 'Thank you all!',
    });
    expect((await client.getProgram!()).closed!.rating).to.equal(5);
    expect(textOf(one(journey, '[part="notice"]'))).to.equal('Your programme is closed. Congratulations!');
    expect(all(journey, '[part~="stage"]')).to.have.length(0);
    expect(textOf(one(journey, '[part="summary"] h4'))).to.equal('Summary: Full-Stack Developer · Mentoring programme');
    expect(all(journey, '[part="summary"] li').map(item => textOf(item))).to.deep.equal([
      'Ship my final project: a full-stack to-do app',
      'My first tech talk',
    ]);
    const summary = facts(journey, 'summary');
    expect(summary).to.deep.equal({
      Achievements: 'Ship my final project: a full-stack to-do appMy first tech talk',
      'Goals achieved': '1 of 2',
      'Sessions held': '2 of 8 sessions held',
      Mentors: 'James Carter and Ana García',
      'Time in sessions': '1.5 hours',
      'What comes next': 'Apply to junior roles and keep meeting Ana monthly.',
      Rating: '5 stars',
      'Last words': 'Thank you all!',
    });

    // Download: a text file with every row.
    const files: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (files.push(blob), createObjectURL.call(URL, blob));
    try {
      button(journey, 'Download (.txt)').click();
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    const text = await files[0].text();
    expect(files[0].type).to.equal('text/plain;charset=utf-8');
    expect(text).to.contain('Summary: Full-Stack Developer · Mentoring programme · Closed on November 24, 2026');
    expect(text).to.contain('Achievements:\n- Ship my final project: a full-stack to-do app\n- My first tech talk\n');
    expect(text).to.contain('Time in sessions:\n  1.5 hours\n');
    expect(text).to.contain('Last words:\n  Thank you all!\n');

    // Print: the summary alone on the page.
    const outside = document.createElement('p');
    outside.textContent = 'The LMS page around it';
    document.body.prepend(outside);
    const seen: Record<string, string> = {};
    const print = window.print;
    await emulateMedia({ media: 'print' });
    window.print = () => {
      seen.outside = getComputedStyle(outside).visibility;
      seen.journey = getComputedStyle(journey).visibility;
      seen.summary = getComputedStyle(one(journey, '[part="summary"]')).display;
      seen.buttons = getComputedStyle(one(journey, '[part="summary"] .actions')).display;
      seen.resources = getComputedStyle(one(journey, '[part="resources"]')).display;
    };
    try {
      button(journey, 'Print').click();
    } finally {
      window.print = print;
      await emulateMedia({ media: 'screen' });
      outside.remove();
    }
    expect(seen).to.deep.equal({ outside: 'hidden', journey: 'visible', summary: 'grid', buttons: 'none', resources: 'none' });
    window.dispatchEvent(new Event('afterprint'));
    expect(journey.hasAttribute('data-mentorship-printing')).to.equal(false);
  });

  it('keeps every answer when the backend refuses, with its words', async () => {
    const journey = await mountJourney();
    await openClosing(journey);
    type(one(journey, '#closing-summary'), 'Keep learning.');
    all(journey, 'input[name="rating"]')[3].click();
    await journey.updateComplete;
    // Closed meanwhile from another tab.
    await student().closeProgram!({ summary: 'Closed from another tab.', achievements: [], rating: 4 });
    button(journey, 'Close the programme').click();

    await waitUntil(() => root(journey).querySelector('[part="notice"]'), 'no refusal shown', { timeout: 5000 });
    expect(textOf(one(journey, '[part="notice"]'))).to.equal('Your programme is already closed.');
    expect(one(journey, '[part="notice"]').getAttribute('role')).to.equal('alert');
    expect(one<HTMLTextAreaElement>(journey, '#closing-summary').value).to.equal('Keep learning.');
    expect(all<HTMLInputElement>(journey, 'input[name="rating"]')[3].checked).to.equal(true);
    expect(closed()).to.have.length(0);
  });

  it('is driven by the shipped harness: closing in one call, then the summary', async () => {
    const journey = await mountJourney();
    const harness = new JourneyHarness(journey);
    await harness.loaded();
    expect(harness.current()).to.equal('Orientation');
    await harness.close({ next: 'Keep coding every day.', rating: 4 });
    expect(harness.facts('summary')).to.include({ 'What comes next': 'Keep coding every day.', Rating: '4 stars', Achievements: 'None' });
    expect(closed()).to.have.length(1);
  });

  it('speaks Spanish', async () => {
    const journey = await mountJourney({ locale: 'es' });
    expect(textOf(one(journey, 'h3'))).to.equal('Tu programa de mentoría');
    expect(stages(journey)[0]).to.equal('Orientación, estás aquí');
    expect(actions(journey)).to.deep.equal(['Lee las pautas (se abre en una pestaña nueva)', 'Cuéntanos qué necesitas']);
    expect(facts(journey)['Sesiones realizadas']).to.equal('2 de 8 sesiones realizadas');
    await openClosing(journey, 'Dejar el programa antes de tiempo');
    button(journey, 'Cerrar el programa').click();
    await journey.updateComplete;
    expect(textOf(one(journey, '[role="alert"]'))).to.equal('2 respuestas necesitan tu atención.');
  });

  it('says so on a backend without programmes, and to a student in none', async () => {
    const base = createMemoryClient({ store: backend.store });
    const journey = await mountJourney({ client: { ...base, capabilities: { ...base.capabilities, program: false } } });
    expect(textOf(one(journey, '[part="unavailable"]'))).to.equal('This platform does not share a mentoring programme yet.');
    // A student in no programme (the backend's 404): said as such, not as a failure.
    const none = await mount<MentorshipJourney>(html`<mentorship-journey></mentorship-journey>`, {
      client: createMemoryClient({ store: backend.store, student: 'student-out-of-credits' }),
    });
    await loaded(none);
    expect(textOf(one(none, '[part="unavailable"]'))).to.equal('You are not in a mentoring programme yet.');
    expect(one(none, '[part="error"]')).to.equal(null);
  });

  it('offers “Contact support” when retrying does not fix an error', async () => {
    (await worker()).use(
      http.get('/api/program', () => HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 503 })),
    );
    const journey = await mount<MentorshipJourney>(html`<mentorship-journey support-email="support@4geeks.com"></mentorship-journey>`, {
      apiBase: '/api',
    });
    await waitUntil(() => root(journey).querySelector('[part="error"]'), 'no error state', { timeout: 5000 });
    expect(textOf(one(journey, '[part="error"]'))).to.contain('Something went wrong on our side');
    expect(one(journey, '[part="support"]')).to.equal(null);
    one<HTMLButtonElement>(journey, '[part~="retry"]').click();
    await waitUntil(() => one(journey, '[part="support"]'), 'no support after a failed retry', { timeout: 5000 });
    const link = one<HTMLAnchorElement>(journey, '[part="support"] a');
    expect(textOf(link)).to.equal('Contact support');
    expect(link.href).to.equal('mailto:support@4geeks.com');
  });

  it('reads tolerantly: a backend without profiles or goals after all (404) leaves their stages out', async () => {
    const missing = () => HttpResponse.json({ error: { code: 'not_found', message: 'No such route' } }, { status: 404 });
    (await worker()).use(http.get('/api/profile', missing), http.get('/api/goals', missing));
    const journey = await mountJourney();
    expect(stages(journey)).to.deep.equal([
      'Orientation, done',
      'First meeting, done',
      'Regular meetings, you are here',
      'Skills development, to do',
      'Progress review, to do',
      'Closing, to do',
    ]);
    expect(actions(journey)).to.deep.equal(['Check in on your last session']);
  });

  it('shows hostile text as text and keeps only http(s) links', async () => {
    (await worker()).use(
      http.get('/api/program', () =>
        HttpResponse.json({
          program: {
            name: '<img src=x onerror="window.hacked=1">',
            starts_at: '2026-10-25T12:00:00Z',
            ends_at: '2027-01-23T12:00:00Z',
            sessions_planned: 8,
            sessions_done: 2,
            guidelines_url: 'javascript:alert(1)',
            resources: [{ title: '<b>bold</b>', url: 'https://example.com/a' }],
            manager: { name: '<script>x</script>', email: 'javascript:alert(1)' },
          },
        }),
      ),
    );
    const journey = await mountJourney();
    expect(textOf(one(journey, '.name'))).to.equal('<img src=x onerror="window.hacked=1">');
    expect(root(journey).querySelector('img, script, b')).to.equal(null);
    expect(facts(journey)['Programme manager']).to.equal('<script>x</script>');
    expect(all(journey, 'a').map(link => link.getAttribute('href'))).to.deep.equal(['https://example.com/a', 'mailto:support@4geeks.com']);
    expect(actions(journey)).to.deep.equal(['Tell us what you need']);
  });
});
