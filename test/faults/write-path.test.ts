/**
 * Book once, pay once, always know: the write path under a slow, lossy network, through the HTTP
 * client against the REST contract's mock backend, with MSW handlers scripting the trouble.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import {
  createHttpClient,
  type BookedEvent,
  type MentorScheduleCard,
  type MentorshipErrorEvent,
  type MentorshipProvider,
} from '../../src/index.js';
import { CardHarness, deepActiveElement } from '../support/card-harness.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';
const SLOT = '2026-11-24T15:00:00.000Z';
const CODING = 'geekpal-coding-mentorship';
const STUDENT = 'student-2'; // four sessions a month: every credit counts

/** The student's card at Ana's agenda, through HTTP. */
async function cardAt(options: { timeoutMs?: number } = {}): Promise<CardHarness> {
  const client = createHttpClient({ baseUrl: '/api', getToken: () => STUDENT, retries: 0, ...options });
  const ui = new CardHarness(
    await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, { client }),
  );
  await ui.chooseTime(SLOT);
  await ui.waitForStep('Confirm your session');
  await ui.waitFor('[part~="confirm"]');
  return ui;
}

/** Records every POST /api/sessions, then lets it through to the backend (after `wait` ms, if given). */
async function recordBookings(wait: (index: number) => number = () => 0): Promise<Request[]> {
  const posts: Request[] = [];
  (await worker()).use(
    http.post('/api/sessions', async ({ request }) => {
      posts.push(request.clone());
      const ms = wait(posts.length - 1);
      if (ms) await delay(ms);
      return undefined;
    }),
  );
  return posts;
}

describe('the write path under network trouble', () => {
  const backend = usePinnedBackend(NOW);
  const bookedEvents = eventsPerTest<BookedEvent>('mentorship-booked');
  const errorEvents = eventsPerTest<MentorshipErrorEvent>('mentorship-error');
  /** The student's sessions at the time being booked. */
  const held = () => backend.store.listSessions(STUDENT, { status: 'upcoming' }).filter(session => session.startsAt === SLOT);
  const credits = () => backend.store.getCredits(STUDENT)[0].remaining;

  it('Back and Escape while "Booking…" leave nothing to book twice: the busy button keeps focus, and the outcome shows', async () => {
    const posts = await recordBookings(() => 600);
    const ui = await cardAt();
    const before = credits();
    const confirm = ui.one<HTMLButtonElement>('[part~="confirm"]')!;
    confirm.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ui.text('[part~="confirm"]') === 'Booking…', 'never busy');
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    expect(getComputedStyle(confirm).cursor, 'and looks it').to.equal('not-allowed');
    expect(deepActiveElement(), 'the busy button keeps focus').to.equal(confirm);
    // Escape in the agenda box, then Back: the attempt is the one thing to finish.
    ui.one('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    ui.one('[part~="back"]')!.click();
    await ui.card.updateComplete;
    expect(ui.stepTitle()).to.equal('Confirm your session');
    expect(ui.one('[part~="back"]')!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await ui.waitForStep("You're booked!");
    expect(posts).to.have.length(1);
    expect(held()).to.have.length(1);
    expect(before! - credits()!).to.equal(1);
    expect(bookedEvents()).to.have.length(1);
    expect(deepActiveElement()).not.to.equal(document.body);
  });

  it('a lost answer is found by sending the same attempt again: booked once, never "taken"', async () => {
    // The backend books, but its answer comes after the client's time limit.
    const posts = await recordBookings(index => (index === 0 ? 500 : 0));
    const ui = await cardAt({ timeoutMs: 250 });
    await ui.writeAgenda('Hooks');
    await ui.book();
    await ui.waitForStep("You're booked!");
    expect(posts).to.have.length(2);
    expect(new Set(posts.map(post => post.headers.get('Idempotency-Key'))).size).to.equal(1);
    await delay(400);
    expect(held()).to.have.length(1);
    expect(ui.text()).not.to.contain('taken');
  });

  it('when nothing can tell, it says so once, keeps the words it sent, lets the student leave, and shows the outcome', async () => {
    let healthy = false;
    const posts = await recordBookings(() => (healthy ? 0 : 500));
    (await worker()).use(
      http.get('/api/sessions', () =>
        healthy ? undefined : HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 503 }),
      ),
    );
    const ui = await cardAt({ timeoutMs: 250 });
    await ui.writeAgenda('Hooks');
    await ui.book();
    await ui.waitFor('[part~="unconfirmed"]');
    expect(ui.text('[part~="unconfirmed"]')).to.contain('We could not confirm this booking yet.');
    // The words went with the attempt: they cannot change (and be lost) until it is known.
    const agenda = ui.one<HTMLTextAreaElement>('textarea')!;
    expect(agenda.readOnly).to.equal(true);
    expect(ui.text('#agenda-hint')).to.equal('These words went with the booking we are checking: you can change them once we know.');
    agenda.focus();
    await sendKeys({ type: ' and more' });
    expect(agenda.value).to.equal('Hooks');
    // "Check again" that still cannot tell says nothing new.
    ui.one<HTMLButtonElement>('[part~="check"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => ui.one('[part~="check"]'), 'the check never ended');
    expect(errorEvents().map(event => event.detail.operation)).to.deep.equal(['book']);

    // Back works: the student may leave; nothing else is booked meanwhile.
    const back = ui.one<HTMLButtonElement>('[part~="back"]')!;
    expect(back.getAttribute('aria-disabled')).to.equal('false');
    back.focus();
    await sendKeys({ press: 'Enter' });
    await ui.waitForStep('Choose a time');

    // Known later, wherever the student is: shown as booked, with the words first sent.
    healthy = true;
    window.dispatchEvent(new Event('online'));
    await ui.waitForStep("You're booked!");
    expect(new Set(posts.map(post => post.headers.get('Idempotency-Key'))).size, 'one key for the whole attempt').to.equal(1);
    await delay(600);
    expect(held()).to.have.length(1);
    expect(held()[0].agenda).to.equal('Hooks');
    expect(bookedEvents()).to.have.length(1);
  });

  it('an unconfirmed booking is checked again when the browser comes back online', async () => {
    let healthy = false;
    await recordBookings(() => (healthy ? 0 : 500));
    (await worker()).use(http.get('/api/sessions', () => (healthy ? undefined : HttpResponse.error())));
    const ui = await cardAt({ timeoutMs: 250 });
    await ui.book();
    await ui.waitFor('[part~="unconfirmed"]');
    healthy = true;
    window.dispatchEvent(new Event('online'));
    await ui.waitForStep("You're booked!");
  });

  it('a 201 with a status this client does not know is booked: the event fires, nothing is offered again', async () => {
    (await worker()).use(
      http.post('/api/sessions', async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        const session = backend.store.bookSession(STUDENT, {
          mentor: body.mentor,
          service: body.service,
          startsAt: body.starts_at,
          timezone: body.timezone,
          idempotencyKey: request.headers.get('Idempotency-Key')!,
        });
        return HttpResponse.json(
          {
            session: {
              id: session.id,
              service: session.service,
              mentor: { slug: session.mentor.slug, name: session.mentor.name, avatar_url: null },
              starts_at: session.startsAt,
              ends_at: session.endsAt,
              status: 'awaiting_mentor',
              join_url: null,
              agenda: '',
            },
          },
          { status: 201 },
        );
      }),
    );
    const ui = await cardAt();
    await ui.book();
    await ui.waitForStep("You're booked!");
    expect(bookedEvents().map(event => event.detail.session.status)).to.deep.equal(['awaiting_mentor']);
  });

  it('a 201 whose body cannot be read is a success: the session is looked up, the event fires', async () => {
    (await worker()).use(
      http.post('/api/sessions', async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        backend.store.bookSession(STUDENT, {
          mentor: body.mentor,
          service: body.service,
          startsAt: body.starts_at,
          timezone: body.timezone,
          idempotencyKey: request.headers.get('Idempotency-Key')!,
        });
        return new HttpResponse('<html>Created</html>', { status: 201 });
      }),
    );
    const ui = await cardAt();
    await ui.book();
    await ui.waitForStep("You're booked!");
    expect(bookedEvents()).to.have.length(1);
    expect(bookedEvents()[0].detail.session.id).to.equal(held()[0].id);
    expect(ui.text()).to.contain('Ana García');
  });

  it('a booking refused in the backend’s words shows those words (422)', async () => {
    (await worker()).use(
      http.post('/api/sessions', () =>
        HttpResponse.json({ error: { code: 'limit', message: 'You can book at most 2 sessions per week.' } }, { status: 422 }),
      ),
    );
    const ui = await cardAt();
    await ui.book();
    await ui.waitFor('[part="error"]');
    expect(ui.text('[part="error"]')).to.equal('You can book at most 2 sessions per week.');
    expect(held()).to.have.length(0);
  });
});

describe('never the last student’s data', () => {
  usePinnedBackend(NOW);

  it('a new client drops what was shown at once, and the old client’s late answers are ignored', async () => {
    let releaseFirst: () => void = () => undefined;
    const firstStudentWaits = new Promise<void>(resolve => (releaseFirst = resolve));
    (await worker()).use(
      http.get('/api/credits', async ({ request }) => {
        if (request.headers.get('Authorization') === 'Bearer demo-student') await firstStudentWaits;
        return undefined;
      }),
    );
    const secondClient = createHttpClient({ baseUrl: '/api', getToken: () => 'student-2' });
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, {
      client: createHttpClient({ baseUrl: '/api', getToken: () => 'demo-student' }),
    });
    const provider = card.parentElement as MentorshipProvider;
    const ui = new CardHarness(card);
    await waitUntil(() => ui.one('[part="avatars"]'), 'the first student’s mentors never showed');
    // The page signs another student in while the first one's credits are still on their way.
    provider.client = secondClient;
    await provider.updateComplete;
    await card.updateComplete;
    expect(ui.all('[part="avatars"]'), 'the old mentors are gone at once').to.have.length(0);
    const credits = () => textOf(ui.one('mentorship-credits')?.shadowRoot);
    await waitUntil(() => /\b4\b/.test(credits()), `the second student's credits never showed: ${credits()}`);
    const second = credits();
    releaseFirst();
    await delay(200);
    expect(credits(), 'the first student’s late answer changed nothing').to.equal(second);
  });
});
