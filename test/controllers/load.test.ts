import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { LoadController } from '../../src/controllers/load.js';
import { defineElement } from '../../src/utils/define.js';

/** A component whose load waits until the test lets it finish, recording what it was asked. */
class LoadProbe extends LitElement {
  static override properties = { key: {} };
  declare key: string;
  readonly started: Array<{ key: string; signal: AbortSignal; finish: (value: string) => void; fail: (error: Error) => void }> = [];
  readonly load = new LoadController(this, {
    task: ([key], { signal }) =>
      new Promise<string>((resolve, reject) => this.started.push({ key, signal, finish: resolve, fail: reject })),
    args: () => [this.key] as const,
  });

  override render(): TemplateResult {
    return html`${this.load.render({
      initial: () => 'initial',
      pending: () => `pending (last: ${this.load.value ?? 'none'})`,
      complete: value => `complete: ${value}`,
      error: error => `error: ${(error as Error).message}`,
    })}`;
  }
}
defineElement('load-probe', LoadProbe);

const shown = (probe: LoadProbe) => probe.shadowRoot!.textContent.trim();

describe('LoadController', () => {
  it('loads from its arguments, aborts the previous load when they change, and drops the last value at once', async () => {
    const probe = await fixture<LoadProbe>(html`<load-probe key="a"></load-probe>`);
    expect(shown(probe)).to.equal('pending (last: none)');
    probe.started[0].finish('A');
    await waitUntil(() => shown(probe) === 'complete: A');

    // Loading the same again keeps what is shown meanwhile.
    void probe.load.run();
    await probe.updateComplete;
    expect(shown(probe)).to.equal('pending (last: A)');
    probe.started[1].finish('A');
    await waitUntil(() => shown(probe) === 'complete: A');

    // Other arguments (another student's client) drop it at once.
    probe.key = 'b';
    await probe.updateComplete;
    expect(shown(probe)).to.equal('pending (last: none)');
    probe.key = 'c';
    await probe.updateComplete;
    expect(probe.started.map(load => [load.key, load.signal.aborted])).to.deep.equal([
      ['a', false],
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
    // The aborted load finishing late changes nothing.
    probe.started[2].finish('B');
    await probe.updateComplete;
    expect(shown(probe)).to.equal('pending (last: none)');
    probe.started[3].fail(new Error('down'));
    await waitUntil(() => shown(probe) === 'error: down');
    expect(probe.load.value).to.equal(undefined);
  });

  it('aborts its load when the component leaves the page, and loads again when it comes back', async () => {
    const probe = await fixture<LoadProbe>(html`<load-probe key="a"></load-probe>`);
    const parent = probe.parentElement!;
    probe.remove();
    expect(probe.started[0].signal.aborted).to.equal(true);
    parent.append(probe);
    await waitUntil(() => probe.started.length === 2, 'no new load after coming back');
    probe.started[1].finish('A');
    await waitUntil(() => shown(probe) === 'complete: A');

    // A finished load is not repeated for a component that merely moves.
    probe.remove();
    parent.append(probe);
    await probe.updateComplete;
    expect(probe.started).to.have.length(2);
  });

  it('run() loads again with the same arguments', async () => {
    const probe = await fixture<LoadProbe>(html`<load-probe key="a"></load-probe>`);
    probe.started[0].finish('A');
    await waitUntil(() => shown(probe) === 'complete: A');
    void probe.load.run();
    await probe.updateComplete;
    expect(shown(probe)).to.equal('pending (last: A)');
    probe.started[1].finish('A2');
    await waitUntil(() => shown(probe) === 'complete: A2');
  });
});
