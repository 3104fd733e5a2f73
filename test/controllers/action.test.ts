import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MentorshipError } from '../../src/client/errors.js';
import { ActionController, RECHECK, type Action } from '../../src/controllers/action.js';

/** A host without a DOM: counts updates and keeps its controllers. */
function fakeHost(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  return {
    updates: 0,
    addController: controller => void controllers.push(controller),
    removeController: () => {},
    requestUpdate() {
      this.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
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

describe('ActionController (every write of every tag)', () => {
  it('runs one write at a time and reports nothing when it is done', async () => {
    const reports: string[] = [];
    const controller = new ActionController<string>(fakeHost(), operation => reports.push(operation));
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
    const controller = new ActionController<string>(fakeHost(), operation => reports.push(operation));
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
    const controller = new ActionController<string>(fakeHost(), operation => reports.push(operation));
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
    const controller = new ActionController<string>(fakeHost(), operation => reports.push(operation));
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
      const controller = new ActionController<string>(fakeHost(), operation => reports.push(operation));
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
    const controller = new ActionController<string>(
      fakeHost(),
      operation => reports.push(operation),
      outcome => heard.push(outcome),
    );
    const { action, sends } = pausedAction('a');
    const first = controller.run(action);
    controller.forget();
    expect(controller.state).to.deep.equal({ status: 'idle' });
    sends[0].fail(new MentorshipError('slot-taken', 'taken'));
    expect(await first).to.equal(undefined);
    expect(controller.state).to.deep.equal({ status: 'idle' });
    expect(reports).to.deep.equal([]);
    expect(heard).to.deep.equal([]);
  });
});
