import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { createHttpClient, MemoryStore, type MentorScheduleCard, type MentorshipClient } from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { CardHarness, deepActiveElement } from '../support/card-harness.js';
import { fixedClock } from '../support/clock.js';
import { mount } from '../support/fixtures.js';
import { serveStore, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';
const SLOT = '2026-11-24T15:00:00.000Z';
const CODING = 'geekpal-coding-mentorship';

/** A student's card, through HTTP, as that student (the mock backend reads the bearer token). */
async function studentCard(student: string, overrides: Partial<MentorshipClient> = {}): Promise<CardHarness> {
  const client = { ...createHttpClient({ baseUrl: '/api', getToken: () => student, retries: 0 }), ...overrides };
  return new CardHarness(
    await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, { client }),
  );
}

describe('booking safety', () => {
  const realNow = clock.now;
  let store: MemoryStore;
  beforeEach(async () => {
    clock.now = () => new Date(NOW);
    store = new MemoryStore({ now: fixedClock(NOW) });
    await serveStore(store);
  });
  afterEach(() => {
    clock.now = realNow;
  });

  const sessionsAt = (startsAt: string) =>
    ['demo-student', 'student-2']
      .flatMap(student => store.listSessions(student, { status: 'upcoming' }))
      .filter(session => session.startsAt === startsAt);

  it('two students confirming one time: the second to press Book is told and gets a fresh agenda', async () => {
    const [first, second] = await Promise.all([studentCard('demo-student'), studentCard('student-2')]);
    await Promise.all([first.waitFor(`[data-starts-at="${SLOT}"]`), second.waitFor(`[data-starts-at="${SLOT}"]`)]);
    for (const ui of [first, second]) {
      await ui.chooseTime(SLOT);
      await ui.waitFor('[part="summary"]');
    }
    await first.book();
    await first.waitForStep("You're booked!");
    await second.book();
    await waitUntil(() => second.one('[part="notice"]'), 'the second student was not told');
    expect(second.stepTitle()).to.equal('Choose a time');
    expect(second.text('[part="notice"]')).to.equal('Someone has just booked that time. Please choose another one.');
    await waitUntil(() => second.all('[part~="slot"]').length > 0 && !second.offersTime(SLOT), 'the taken time is still offered');
    expect(sessionsAt(SLOT)).to.have.length(1);
  });

  it('two students pressing Book at the same moment: exactly one session', async () => {
    const [first, second] = await Promise.all([studentCard('demo-student'), studentCard('student-2')]);
    await Promise.all([first.waitFor(`[data-starts-at="${SLOT}"]`), second.waitFor(`[data-starts-at="${SLOT}"]`)]);
    for (const ui of [first, second]) {
      await ui.chooseTime(SLOT);
      await ui.waitForStep('Confirm your session');
    }
    await Promise.all([first.book(), second.book()]);
    await waitUntil(() => [first, second].every(ui => ui.stepTitle() !== 'Confirm your session'), 'a booking never finished');
    const titles = [first.stepTitle(), second.stepTitle()].sort();
    expect(titles).to.deep.equal(['Choose a time', "You're booked!"]);
    const loser = first.stepTitle() === 'Choose a time' ? first : second;
    expect(loser.text('[part="notice"]')).to.equal('Someone has just booked that time. Please choose another one.');
    expect(sessionsAt(SLOT)).to.have.length(1);
  });

  it('repeated Enter on Book session sends one booking', async () => {
    const posts: Request[] = [];
    (await worker()).use(http.post('/api/sessions', ({ request }) => void posts.push(request.clone())));
    const ui = await studentCard('demo-student');
    await ui.chooseTime(SLOT);
    await ui.waitFor('[part="summary"]');
    const confirm = ui.one<HTMLButtonElement>('[part~="confirm"]')!;
    await waitUntil(() => !confirm.disabled, 'Book session stayed disabled');
    confirm.focus();
    expect(deepActiveElement()).to.equal(confirm);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await ui.waitForStep("You're booked!");
    expect(posts).to.have.length(1);
    expect(sessionsAt(SLOT)).to.have.length(1);
  });

  it('a 402 while booking switches to the out-of-credits state, credits never below zero', async () => {
    (await worker()).use(
      http.post('/api/sessions', () => HttpResponse.json({ error: { code: 'no-credits', message: 'No credits' } }, { status: 402 })),
    );
    const ui = await studentCard('demo-student');
    await ui.chooseTime(SLOT);
    await ui.waitFor('[part="summary"]');
    await ui.book();
    await ui.waitForStep('No sessions left');
    expect(store.getCredits('demo-student').every(bucket => bucket.remaining === null || bucket.remaining >= 0)).to.equal(true);
  });
});
