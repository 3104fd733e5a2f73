import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createHttpClient, MemoryStore } from '../../src/index.js';
import { takeDropped } from '../../src/client/decode.js';
import { fixedClock } from '../support/clock.js';
import { serveStore, worker } from '../support/mock-backend.js';
import { rejection } from '../support/rejection.js';
import { forBothClients } from '../support/both-clients.js';

const CODING = 'geekpal-coding-mentorship';
const NEW_GOAL = {
  title: 'Pass the JavaScript certification',
  why: 'My school asks for it before the final project.',
  successCriteria: 'A score of 80 or more on the exam.',
  targetDate: '2026-12-20',
};

// The same contract through the memory client and through the HTTP client against the MSW backend.
forBothClients('goals and check-ins', backend => {
  it('lists the seeded goals with their action plans and the sessions booked for them, with the mentor’s summary', async () => {
    expect(backend.client.capabilities).to.include({ goals: true, checkIns: true });
    const goals = await backend.client.listGoals!();
    expect(goals.map(goal => [goal.id, goal.status, goal.progress])).to.deep.equal([
      ['goal-final-project', 'active', 50],
      ['goal-first-interview', 'active', 33],
    ]);
    const [project] = goals;
    expect(project.targetDate).to.equal('2026-12-18');
    expect(project.steps.map(step => [step.title, step.done])).to.deep.equal([
      ['Design the database schema', true],
      ['Build the REST API with Express', true],
      ['Connect the React front end to the API', false],
      ['Deploy it and write the README', false],
    ]);
    // The past session with its summary, then the upcoming one without.
    expect(project.sessions.map(session => session.mentor.name)).to.deep.equal(['Ana García', 'Valentina Rojas']);
    expect(project.sessions[0].summary).to.match(/^We walked through the component tree/);
    expect(project.sessions[0].actionItems).to.have.length(2);
    expect(project.sessions[1].summary).to.equal('');
    // The past session carries the same, and its goal.
    const past = await backend.client.listSessions({ status: 'past' });
    const reviewed = past.find(session => session.mentor.name === 'Ana García')!;
    expect(reviewed).to.include({ goal: 'goal-final-project', checkIn: null });
    expect(reviewed.actionItems).to.deep.equal([
      'Move the to-do list state into a React context',
      'Write tests for adding and completing a to-do',
    ]);
    // Another student sees only their own (none).
    expect(await backend.other.listGoals!()).to.deep.equal([]);
  });

  it('creates a goal once per idempotency key, and refuses one without its SMART essentials or with a past date', async () => {
    const created = await backend.client.saveGoal!({
      goal: { ...NEW_GOAL, steps: [{ title: 'Do two practice exams', done: false }] },
      idempotencyKey: 'k1',
    });
    expect(created).to.include({ title: NEW_GOAL.title, targetDate: '2026-12-20', progress: 0, status: 'active', shared: true });
    expect(created.steps).to.have.length(1);
    expect(created.steps[0].id).to.be.a('string').and.not.equal('');
    const again = await backend.client.saveGoal!({ goal: { ...NEW_GOAL }, idempotencyKey: 'k1' });
    expect(again.id).to.equal(created.id);
    expect((await backend.client.listGoals!()).filter(goal => goal.title === NEW_GOAL.title)).to.have.length(1);

    expect((await rejection(backend.client.saveGoal!({ goal: { ...NEW_GOAL, title: '  ' }, idempotencyKey: 'k2' }))).code).to.equal(
      'bad-request',
    );
    expect((await rejection(backend.client.saveGoal!({ goal: { ...NEW_GOAL, successCriteria: '' }, idempotencyKey: 'k3' }))).code).to.equal(
      'bad-request',
    );
    expect(
      (await rejection(backend.client.saveGoal!({ goal: { ...NEW_GOAL, targetDate: '2026-11-01' }, idempotencyKey: 'k4' }))).code,
    ).to.equal('bad-request');
    expect(
      (await rejection(backend.client.saveGoal!({ goal: { ...NEW_GOAL, targetDate: '2026-02-30' }, idempotencyKey: 'k5' }))).code,
    ).to.equal('bad-request');
  });

  it('edits a goal: ticked steps count as progress, a goal without steps takes its own, and status changes', async () => {
    const [project] = await backend.client.listGoals!();
    const steps = project.steps.map(step => ({ ...step, done: step.done || step.title.startsWith('Connect') }));
    const ticked = await backend.client.saveGoal!({ goal: { ...project, steps } });
    expect(ticked.progress).to.equal(75);
    expect(ticked.steps.map(step => step.id)).to.deep.equal(project.steps.map(step => step.id));

    const plain = await backend.client.saveGoal!({ goal: { ...NEW_GOAL, progress: 40 }, idempotencyKey: 'plain' });
    expect(plain.progress).to.equal(40);
    const achieved = await backend.client.saveGoal!({ goal: { ...plain, status: 'achieved', progress: 100 } });
    expect(achieved).to.include({ status: 'achieved', progress: 100 });
    const dropped = await backend.client.saveGoal!({ goal: { ...ticked, status: 'dropped' } });
    expect(dropped.status).to.equal('dropped');
    // Dropped goals list last.
    expect((await backend.client.listGoals!()).map(goal => goal.status)).to.deep.equal(['active', 'achieved', 'dropped']);
    // Only the student's own goals.
    expect((await rejection(backend.other.saveGoal!({ goal: { ...project } }))).code).to.equal('not-found');
  });

  it('books a session for a goal: the session has the goal, and the goal lists the session', async () => {
    const { slots } = await backend.client.getAvailability({
      mentor: 'ana-garcia',
      service: CODING,
      from: '2026-11-25T00:00:00.000Z',
      to: '2026-11-26T00:00:00.000Z',
    });
    const session = await backend.client.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: slots[0].startsAt,
      timezone: 'America/Bogota',
      idempotencyKey: 'goal-booking',
      goal: 'goal-first-interview',
    });
    expect(session.goal).to.equal('goal-first-interview');
    const goal = (await backend.client.listGoals!()).find(each => each.id === 'goal-first-interview')!;
    expect(goal.sessions.map(each => each.id)).to.include(session.id);
    // A goal that is not the student's is refused, and nothing is booked or spent.
    const credits = await backend.client.getCredits();
    const refused = await rejection(
      backend.other.bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: slots[1].startsAt,
        timezone: 'America/Bogota',
        idempotencyKey: 'someone-elses-goal',
        goal: 'goal-first-interview',
      }),
    );
    expect(refused.code).to.equal('not-found');
    expect(await backend.client.getCredits()).to.deep.equal(credits);
  });

  it('takes a check-in once the session has ended, once: rating, fit and the goal’s steps move', async () => {
    const [upcoming] = await backend.client.listSessions({ status: 'upcoming' });
    expect(upcoming.goal).to.equal('goal-final-project');
    const [project] = await backend.client.listGoals!();
    const connect = project.steps.find(step => step.title.startsWith('Connect'))!;
    const early = await rejection(backend.client.submitCheckIn!({ session: upcoming.id, rating: 5 }));
    expect(early.code).to.equal('forbidden');
    expect(early.message).to.equal('You can check in on a session once it has ended.');

    backend.clock.set(new Date(Date.parse(upcoming.endsAt) + 60_000).toISOString());
    const checked = await backend.client.submitCheckIn!({
      session: upcoming.id,
      rating: 4,
      comment: 'We fixed the schema.',
      fit: 'poor',
      goals: [{ goal: project.id, stepsDone: [connect.id] }],
    });
    expect(checked.checkIn).to.deep.equal({ rating: 4, comment: 'We fixed the schema.', fit: 'poor' });
    expect(checked.feedback).to.deep.equal({ rating: 4, comment: 'We fixed the schema.' });
    expect((await backend.client.listGoals!())[0].progress).to.equal(75);
    const twice = await rejection(backend.client.submitCheckIn!({ session: upcoming.id, rating: 3 }));
    expect(twice.code).to.equal('forbidden');
    expect(twice.message).to.equal('You have already checked in on this session.');
    // A session rated before counts as checked in.
    const rated = (await backend.client.listSessions({ status: 'past' })).find(session => session.feedback)!;
    expect((await rejection(backend.client.submitCheckIn!({ session: rated.id, rating: 5 }))).code).to.equal('forbidden');
  });

  it('moves a goal without steps by the progress reported', async () => {
    const plain = await backend.client.saveGoal!({ goal: { ...NEW_GOAL, progress: 10 }, idempotencyKey: 'plain-goal' });
    const [past] = (await backend.client.listSessions({ status: 'past' })).filter(session => !session.feedback);
    await backend.client.submitCheckIn!({ session: past.id, rating: 5, goals: [{ goal: plain.id, progress: 60 }] });
    expect((await backend.client.listGoals!()).find(goal => goal.id === plain.id)!.progress).to.equal(60);
  });
});

describe('goals over HTTP: what the client sends and how it reads odd answers', () => {
  beforeEach(async () => {
    await serveStore(new MemoryStore({ now: fixedClock() }));
  });
  const client = () => createHttpClient({ baseUrl: '/api', retryDelayMs: 1 });

  it('POSTs a new goal with an Idempotency-Key and PATCHes a known one, in snake_case', async () => {
    const seen: Array<{ method: string; path: string; key: string | null; body: unknown }> = [];
    (await worker()).use(
      http.all('/api/goals*', async ({ request }) => {
        seen.push({
          method: request.method,
          path: new URL(request.url).pathname,
          key: request.headers.get('Idempotency-Key'),
          body: await request.clone().json(),
        });
        return undefined;
      }),
    );
    const created = await client().saveGoal!({ goal: { ...NEW_GOAL, shared: false }, idempotencyKey: 'abc' });
    await client().saveGoal!({ goal: { ...created, status: 'achieved' } });
    expect(seen[0]).to.deep.equal({
      method: 'POST',
      path: '/api/goals',
      key: 'abc',
      body: {
        title: NEW_GOAL.title,
        why: NEW_GOAL.why,
        success_criteria: NEW_GOAL.successCriteria,
        target_date: '2026-12-20',
        shared: false,
      },
    });
    // The whole goal as the student has it, and nothing else: no id, no sessions, no camelCase.
    expect(seen[1]).to.deep.equal({
      method: 'PATCH',
      path: `/api/goals/${created.id}`,
      key: null,
      body: {
        title: NEW_GOAL.title,
        why: NEW_GOAL.why,
        success_criteria: NEW_GOAL.successCriteria,
        target_date: '2026-12-20',
        steps: [],
        progress: 0,
        status: 'achieved',
        shared: false,
      },
    });
  });

  it('keeps the goals it can read: an unreadable one is left out and counted, odd values are brought in range', async () => {
    (await worker()).use(
      http.get('/api/goals', () =>
        HttpResponse.json({
          goals: [
            { id: 'a', title: 'Readable', target_date: '2026-12-01T00:00:00Z', progress: 140, status: 'paused' },
            { id: 'b', title: 42 },
            { id: 'c', title: '<img src=x onerror=alert(1)>', success_criteria: 'x', target_date: '2026-12-02', steps: null },
          ],
        }),
      ),
    );
    const goals = await client().listGoals!();
    expect(goals.map(goal => goal.id)).to.deep.equal(['a', 'c']);
    expect(takeDropped(goals)).to.equal(1);
    expect(goals[0]).to.include({ targetDate: '2026-12-01', progress: 100, status: 'paused', shared: false, why: '' });
    expect(goals[1].steps).to.deep.equal([]);
    expect(goals[1].sessions).to.deep.equal([]);
  });

  it('sends a check-in to POST /sessions/{id}/check-in and reads a session without the new fields as none', async () => {
    let body: unknown;
    (await worker()).use(
      http.post('/api/sessions/:id/check-in', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          session: {
            id: 's1',
            service: CODING,
            mentor: { slug: 'ana-garcia', name: 'Ana García', avatar_url: null },
            starts_at: '2026-11-20T15:00:00Z',
            ends_at: '2026-11-20T16:00:00Z',
            status: 'completed',
            join_url: null,
            agenda: '',
            check_in: { rating: 5, comment: '', fit: 'great' },
          },
        });
      }),
    );
    const session = await client().submitCheckIn!({ session: 's1', rating: 5, fit: 'good', goals: [{ goal: 'g', stepsDone: ['x'] }] });
    expect(body).to.deep.equal({ rating: 5, comment: '', goals: [{ goal: 'g', steps_done: ['x'] }], fit: 'good' });
    expect(session).to.include({ goal: null, summary: '' });
    expect(session.actionItems).to.deep.equal([]);
    // An unknown fit is kept as it came, for the UI to show neutrally.
    expect(session.checkIn).to.deep.equal({ rating: 5, comment: '', fit: 'great' });
  });
});
