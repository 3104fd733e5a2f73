/**
 * One bad field never blanks a widget or hides a record: a programme, a profile, a session or a goal
 * with a field that cannot be read is shown with that field left out, and one `mentorship-error`
 * (`invalid-response`, `dropped`) says so. Through the HTTP client, with the backend's answer rewritten
 * on its way (MSW).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  createMemoryClient,
  type MentorshipErrorEvent,
  type MentorshipGoals,
  type MentorshipIntake,
  type MentorshipJourney,
  type MentorshipSessions,
} from '../../src/index.js';
import { wireGoal, wireProfile, wireProgram, wireSession } from '../../demo/mocks/wire.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z'; // Tuesday, 07:00 in Bogotá
const CODING = 'geekpal-coding-mentorship';

describe('a record with a field that cannot be read', () => {
  const backend = usePinnedBackend(NOW);
  const errors = eventsPerTest<MentorshipErrorEvent>('mentorship-error');
  const student = () => createMemoryClient({ store: backend.store });

  it('the journey: "8" sessions planned is read as 8, a manager that is a string is left out, a closure rated 0 keeps the rest', async () => {
    await student().closeProgram!({ summary: 'Keep building.', achievements: ['Shipped it'], rating: 4 });
    (await worker()).use(
      http.get('/api/program', () => {
        const wire = wireProgram(backend.store.getProgram('demo-student'));
        return HttpResponse.json({
          program: { ...wire, sessions_planned: '8', manager: 'Laura Gómez', closed: { ...wire.closed, rating: 0 } },
        });
      }),
    );
    const journey = await mount<MentorshipJourney>(html`<mentorship-journey></mentorship-journey>`, { apiBase: '/api' });
    const root = journey.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="summary"]'), `no summary: ${textOf(root)}`, { timeout: 5000 });
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(textOf(root)).to.contain('Keep building.');
    expect(textOf(root)).to.match(/of 8 sessions held/);
    expect(textOf(root), 'no rating shown for one that could not be read').not.to.contain('out of 5');
    expect(textOf(root)).not.to.contain('Laura Gómez');
    const reported = errors().filter(event => event.detail.operation === 'program');
    expect(reported.map(event => [event.detail.code, event.detail.dropped])).to.deep.equal([['invalid-response', 2]]);
  });

  /** The `mentorship-error`s reported for `operation`, as [code, dropped]. */
  const reportedFor = (operation: string) =>
    errors()
      .filter(event => event.detail.operation === operation)
      .map(event => [event.detail.code, event.detail.dropped]);

  it('the intake: skills sent as one string and a zone this browser does not know leave the rest of the answers shown', async () => {
    await student().saveProfile!({
      profile: {
        goals: 'Ship my portfolio',
        skills: ['React'],
        level: 'beginner',
        languages: ['en'],
        times: { weekdays: [1, 3], parts: ['evening'] },
        timezone: 'America/Bogota',
      },
    });
    (await worker()).use(
      http.get('/api/profile', () =>
        HttpResponse.json({
          profile: { ...wireProfile(backend.store.getProfile('demo-student')), skills: 'React, SQL', timezone: 'Mars/Olympus' },
        }),
      ),
    );
    const intake = await mount<MentorshipIntake>(html`<mentorship-intake></mentorship-intake>`, { apiBase: '/api' });
    const root = intake.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="profile"]'), `no answers shown: ${textOf(root)}`, { timeout: 5000 });
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(textOf(root)).to.contain('Ship my portfolio').and.to.contain('Monday').and.not.to.contain('Mars/Olympus');
    expect(reportedFor('profile')).to.deep.equal([['invalid-response', 2]]);
  });

  it('the sessions: an upcoming paid session whose action items are one string is listed, with the rest of it', async () => {
    backend.store.bookSession('demo-student', {
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-11-24T15:00:00.000Z',
      timezone: 'America/Bogota',
      agenda: 'Hooks and state',
      idempotencyKey: 'k',
    });
    (await worker()).use(
      http.get('/api/sessions', ({ request }) => {
        const status = new URL(request.url).searchParams.get('status') === 'past' ? 'past' : 'upcoming';
        const sessions = backend.store.listSessions('demo-student', { status: status }).map(wireSession);
        // Only the one booked here is rewritten: the others stand as they are.
        return HttpResponse.json({
          sessions: sessions.map(session =>
            session.agenda === 'Hooks and state' ? { ...session, action_items: 'do it', summary: 42 } : session,
          ),
        });
      }),
    );
    const sessions = await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, { apiBase: '/api' });
    const root = sessions.shadowRoot!;
    await waitUntil(() => textOf(root).includes('Hooks and state'), `the paid session is not listed: ${textOf(root)}`, { timeout: 5000 });
    expect(textOf(root)).not.to.contain('You have no upcoming sessions');
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(reportedFor('sessions')).to.deep.equal([['invalid-response', 2]]);
  });

  it('the goals: a goal whose steps are not a list stays, with its title and the rest', async () => {
    await student().saveGoal!({
      goal: {
        title: 'Ship the portfolio',
        successCriteria: 'Online',
        targetDate: '2027-01-10',
        steps: [{ title: 'Pick a host', done: true }],
      },
      idempotencyKey: 'g',
    });
    (await worker()).use(
      http.get('/api/goals', () =>
        HttpResponse.json({
          goals: backend.store
            .listGoals('demo-student')
            .map(goal => (goal.title === 'Ship the portfolio' ? { ...wireGoal(goal), steps: 'x', progress: 'half' } : wireGoal(goal))),
        }),
      ),
    );
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { apiBase: '/api' });
    const root = goals.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="goal"]'), `no goal shown: ${textOf(root)}`, { timeout: 5000 });
    expect(textOf(root)).to.contain('Ship the portfolio');
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(reportedFor('goals')).to.deep.equal([['invalid-response', 2]]);
  });
});
