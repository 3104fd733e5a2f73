import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MentorshipError } from '../../src/client/errors.js';
import { createMemoryClient } from '../../src/client/memory/client.js';
import type { MentorshipClient, MentorshipSession } from '../../src/client/types.js';
import type { LocalizeController } from '../../src/controllers/localize.js';
import { RECHECK, WriteController, type Action, type WriteDefinition } from '../../src/controllers/write.js';
import { book, seat } from '../../src/writes/booking.js';
import { close } from '../../src/writes/close.js';
import { goal } from '../../src/writes/goal.js';
import type { WriteKind } from '../../src/writes/kinds.js';
import { move } from '../../src/writes/move.js';
import { profile } from '../../src/writes/profile.js';
import { report } from '../../src/writes/report.js';
import { hours } from '../../src/writes/hours.js';
import { series } from '../../src/writes/series.js';
import { checkIn, rate } from '../../src/writes/check-in.js';
import { cancel } from '../../src/writes/sessions.js';

/** A host without a DOM: counts updates, keeps its controllers and hears the events its writes announce. */
function fakeHost(): ReactiveControllerHost & EventTarget & { updates: number; isConnected: boolean; controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return Object.assign(new EventTarget(), {
    updates: 0,
    isConnected: true,
    controllers,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  });
}

/** An action whose every send waits for the test to answer it, recording the key it was sent with. */
function pausedAction(signature: string, options: { lookup?: () => Promise<string | null | undefined> } = {}) {
  const sends: Array<{ key: string; answer: (value: string) => void; fail: (error: unknown) => void }> = [];
  const action: Action<string> = {
    operation: 'book',
    signature,
    write: key => ({
      send: () => new Promise<string>((answer, fail) => sends.push({ key, answer, fail })),
      lookup: options.lookup ?? (async () => undefined),
      provisional: () => 'provisional',
    }),
  };
  return { action, sends };
}

const tick = () => new Promise(resolve => setTimeout(resolve));
const lost = () => new MentorshipError('network', 'no answer');

describe('WriteController: the attempt (every write of every tag)', () => {
  it('runs one write at a time and reports nothing when it is done', async () => {
    const reports: string[] = [];
    const controller = new WriteController<string>({ host: fakeHost(), report: operation => reports.push(operation) });
    const { action, sends } = pausedAction('a');
    const first = controller.run(action);
    expect(controller.state).to.deep.equal({ status: 'busy' });
    expect(controller.pending).to.equal(true);
    expect(await controller.run(action)).to.equal(undefined);
    expect(sends).to.have.length(1);
    sends[0].answer('booked');
    expect(await first).to.deep.equal({ status: 'done', value: 'booked' });
    expect(controller.state).to.deep.equal({ status: 'done', value: 'booked' });
    expect(controller.busy).to.equal(false);
    expect(reports).to.deep.equal([]);
  });

  it('sends a retry of the same write with the same key, and a different write with a new one', async () => {
    const reports: string[] = [];
    const controller = new WriteController<string>({ host: fakeHost(), report: operation => reports.push(operation) });
    const { action, sends } = pausedAction('ana 10:00');
    const refused = controller.run(action);
    sends[0].fail(new MentorshipError('slot-taken', 'taken'));
    expect((await refused)?.status).to.equal('failed');
    expect(reports).to.deep.equal(['book']);

    const again = controller.run(action);
    sends[1].answer('booked');
    await again;
    expect(sends[1].key).to.equal(sends[0].key);

    const other = pausedAction('ana 11:00');
    const next = controller.run(other.action);
    other.sends[0].answer('booked');
    await next;
    expect(other.sends[0].key).to.not.equal(sends[0].key);
  });

  it('keeps a write it cannot confirm pending, and check() sends it again with the same key', async () => {
    const reports: string[] = [];
    const controller = new WriteController<string>({ host: fakeHost(), report: operation => reports.push(operation) });
    const { action, sends } = pausedAction('a');
    const first = controller.run(action);
    sends[0].fail(lost());
    await tick();
    sends[1].fail(lost());
    expect((await first)?.status).to.equal('unconfirmed');
    expect(controller.pending).to.equal(true);
    expect(reports).to.deep.equal(['book']);
    expect(await controller.run(pausedAction('b').action)).to.equal(undefined);

    const checked = controller.check();
    await tick();
    sends[2].answer('booked');
    await checked;
    expect(sends.map(send => send.key)).to.deep.equal([sends[0].key, sends[0].key, sends[0].key]);
    expect(controller.state).to.deep.equal({ status: 'done', value: 'booked' });
    expect(controller.pending).to.equal(false);
  });

  it('reads a refusal of a write the backend holds as done (a resend of a check-in already recorded)', async () => {
    const reports: string[] = [];
    let held: string | null = null;
    const controller = new WriteController<string>({ host: fakeHost(), report: operation => reports.push(operation) });
    const { action, sends } = pausedAction('check-in 1', { lookup: async () => held });
    const refusedForGood = controller.run(action);
    sends[0].fail(new MentorshipError('forbidden', 'You have already checked in on this session.'));
    expect((await refusedForGood)?.status, 'not there: the refusal stands').to.equal('failed');
    held = 'checked in';
    const resent = controller.run(action);
    sends[1].fail(new MentorshipError('forbidden', 'You have already checked in on this session.'));
    expect(await resent).to.deep.equal({ status: 'done', value: 'checked in' });
    expect(reports).to.deep.equal(['book']);
  });

  it('reports an unconfirmed write once, and checks it again on its own', async () => {
    const reports: string[] = [];
    const realFirst = RECHECK.firstMs;
    RECHECK.firstMs = 30;
    try {
      const controller = new WriteController<string>({ host: fakeHost(), report: operation => reports.push(operation) });
      const { action, sends } = pausedAction('a');
      const first = controller.run(action);
      sends[0].fail(lost());
      await tick();
      sends[1].fail(lost());
      expect((await first)?.status).to.equal('unconfirmed');
      const checked = controller.check();
      await tick();
      sends[2].fail(lost());
      await tick();
      sends[3].fail(lost());
      await checked;
      expect(controller.state.status).to.equal('unconfirmed');
      expect(reports, 'said once').to.deep.equal(['book']);
      // No press: the controller asks again by itself.
      await new Promise(resolve => setTimeout(resolve, 80));
      expect(sends.length, 'checked on its own').to.be.greaterThan(4);
      sends.at(-1)!.answer('booked');
      await tick();
      expect(controller.state).to.deep.equal({ status: 'done', value: 'booked' });
    } finally {
      RECHECK.firstMs = realFirst;
    }
  });

  it('after forget(), shows and reports nothing of an answer still on its way', async () => {
    const reports: string[] = [];
    const heard: unknown[] = [];
    const controller = new WriteController<string>({ host: fakeHost(), report: operation => reports.push(operation) });
    const { action, sends } = pausedAction('a');
    const first = controller.run({ ...action, settled: outcome => heard.push(outcome) });
    controller.forget();
    expect(controller.state).to.deep.equal({ status: 'idle' });
    sends[0].fail(new MentorshipError('slot-taken', 'taken'));
    expect(await first).to.equal(undefined);
    expect(controller.state).to.deep.equal({ status: 'idle' });
    expect(reports).to.deep.equal([]);
    expect(heard).to.deep.equal([]);
  });
});

/** A write definition whose send waits for the test, announcing `test-request` (cancelable) and `test-done`. */
function pausedDefinition() {
  const sends: Array<{ key: string; answer: (value: MentorshipSession) => void; fail: (error: unknown) => void }> = [];
  const definition: WriteDefinition<'rate'> = {
    kind: 'rate',
    operation: 'feedback',
    signature: ({ session }) => `rate ${session.id}`,
    request: ({ session }) => new CustomEvent('test-request', { cancelable: true, detail: session.id }),
    write: (_input, key) => ({
      send: () => new Promise<MentorshipSession>((answer, fail) => sends.push({ key, answer, fail })),
      lookup: async () => undefined,
      provisional: () => ({}) as MentorshipSession,
    }),
    done: session => new CustomEvent('test-done', { detail: session.id }),
  };
  return { definition, sends };
}

describe('WriteController: the one write path (events, notice, keyboard, another student)', () => {
  const session = { id: 's1' } as MentorshipSession;
  const localize = {
    catalog: { errors: { unconfirmed: 'Could not confirm.', unknown: 'Something went wrong.' } },
  } as unknown as LocalizeController;

  function setUp(client = createMemoryClient()) {
    const host = fakeHost();
    const heard: string[] = [];
    host.addEventListener('test-request', () => heard.push('request'));
    host.addEventListener('test-done', () => heard.push('done'));
    const focused: string[] = [];
    let current: MentorshipClient = client;
    const forgotten: string[] = [];
    const reports: string[] = [];
    const controller = new WriteController({
      host,
      client: () => current,
      localize,
      report: operation => reports.push(operation),
      focus: selector => focused.push(selector),
      forgotten: () => forgotten.push('forgotten'),
    });
    return { host, heard, focused, forgotten, reports, controller, swap: (next: MentorshipClient) => (current = next), client };
  }

  it('sends nothing when the page cancels the request, and announces the done event once done', async () => {
    const { host, heard, controller, client } = setUp();
    const { definition, sends } = pausedDefinition();
    const input = { client: client as never, session, rating: 5, comment: '' };
    const stop = (event: Event) => event.preventDefault();
    host.addEventListener('test-request', stop);
    expect(await controller.write(definition, input)).to.equal(undefined);
    expect(sends, 'cancelled: nothing sent').to.have.length(0);
    host.removeEventListener('test-request', stop);

    const written = controller.write(definition, input, { said: () => 'Thanks!' });
    sends[0].answer(session);
    expect((await written)?.status).to.equal('done');
    expect(heard).to.deep.equal(['request', 'request', 'done']);
    expect(controller.notice).to.deep.equal({ kind: 'success', text: 'Thanks!', at: undefined });
  });

  it('says a refusal in the backend words at its record, and puts the keyboard on it', async () => {
    const { focused, reports, controller, client } = setUp();
    const { definition, sends } = pausedDefinition();
    const written = controller.write(definition, { client: client as never, session, rating: 5, comment: '' }, { at: 's1' });
    sends[0].fail(new MentorshipError('forbidden', 'Too late to rate.', { reason: 'Too late to rate.' }));
    expect((await written)?.status).to.equal('failed');
    expect(controller.notice).to.deep.equal({ kind: 'error', text: 'Too late to rate.', at: 's1' });
    expect(focused).to.deep.equal(['[part~="notice"]']);
    expect(reports).to.deep.equal(['feedback']);
  });

  it('announces the done event when a check later finds an unconfirmed write went through', async () => {
    const { heard, controller, client } = setUp();
    const { definition, sends } = pausedDefinition();
    const settled: string[] = [];
    const written = controller.write(
      definition,
      { client: client as never, session, rating: 5, comment: '' },
      {
        settled: outcome => settled.push(outcome.status),
      },
    );
    sends[0].fail(lost());
    await tick();
    sends[1].fail(lost());
    expect((await written)?.status).to.equal('unconfirmed');
    expect(controller.notice?.text).to.equal('Could not confirm.');
    // The browser comes back online: the same write is asked about again, and it went through.
    const checked = controller.check();
    await tick();
    sends[2].answer(session);
    await checked;
    expect(heard).to.deep.equal(['request', 'done']);
    expect(settled).to.deep.equal(['unconfirmed', 'done']);
  });

  it('drops an attempt, its notice and the tag draft when the student or backend changes', async () => {
    const { forgotten, controller, swap, client } = setUp();
    const { definition, sends } = pausedDefinition();
    controller.hostUpdate();
    const written = controller.write(definition, { client: client as never, session, rating: 5, comment: '' });
    controller.say('error', 'Choose a rating.');
    swap(createMemoryClient());
    controller.hostUpdate();
    expect(forgotten).to.deep.equal(['forgotten']);
    expect(controller.notice).to.equal(undefined);
    sends[0].answer(session);
    expect(await written, 'the old student answer is not shown').to.equal(undefined);
    expect(controller.state).to.deep.equal({ status: 'idle' });
  });

  it('knows every kind of write by one definition typed by its row', () => {
    // A kind added to Writes without a definition fails the type check here (and the count below).
    const definitions: { [K in WriteKind]: WriteDefinition<K> } = {
      book,
      seat,
      move,
      series,
      cancel,
      rate,
      'check-in': checkIn,
      goal,
      profile,
      close,
      report,
      hours,
    };
    for (const [kind, definition] of Object.entries(definitions)) expect(definition.kind).to.equal(kind);
    expect(Object.keys(definitions)).to.have.length(12);
  });
});
