import { expect, waitUntil } from '@open-wc/testing';
import type { MentorshipSessions } from '../../src/index.js';
import { collect, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';
import { SessionsHarness } from '../support/sessions-harness.js';
import { html } from 'lit';

const CODING = 'geekpal-coding-mentorship';
/** Monday 2 November 2026; the credits renew on 1 December, so a series in November is paid from today's 4. */
const NOW = '2026-11-02T12:00:00.000Z';
/** Wednesdays at 17:00 in Madrid (11:00 in Bogotá), four weeks running. */
const MEETINGS = ['2026-11-04T16:00:00.000Z', '2026-11-11T16:00:00.000Z', '2026-11-18T16:00:00.000Z', '2026-11-25T16:00:00.000Z'];

describe('<mentorship-sessions>: a series', () => {
  const backend = usePinnedBackend(NOW);

  const codingCredits = () => backend.store.getCredits('demo-student').find(bucket => bucket.id === 'monthly-coding')!.remaining;
  const bookSeries = () =>
    backend.store.bookSeries('demo-student', {
      mentor: 'ana-garcia',
      service: CODING,
      occurrences: MEETINGS,
      timezone: 'America/Bogota',
      idempotencyKey: crypto.randomUUID(),
    });
  const upcomingOfSeries = (id: string) =>
    backend.store
      .listSessions('demo-student', { status: 'upcoming' })
      .filter(session => session.series === id && session.status !== 'canceled')
      .map(session => session.startsAt);

  /** The list, with the series' first meeting already held; the series opened. */
  async function mountWithSeries(locale = 'en') {
    const { series } = bookSeries();
    backend.clock.set('2026-11-05T12:00:00.000Z');
    const element = await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, { apiBase: '/api', locale });
    const ui = new SessionsHarness(element);
    await ui.loaded();
    await waitUntil(() => ui.one('[part="series"]'), 'the series was not grouped', { timeout: 5000 });
    const group = ui.one('[part="series"]')!;
    return { ui, group, id: series.id, details: group.querySelector('details')! };
  }
  const meetings = (group: HTMLElement) => [...group.querySelectorAll<HTMLElement>('[part="session"]')];

  it('groups a series as one entry, "Weekly with Ana García · 1 of 4 done", that opens to its meetings', async () => {
    const { ui, group, details } = await mountWithSeries();
    expect(ui.all('[part="series"]')).to.have.length(1);
    expect(textOf(group.querySelector('summary'))).to.match(
      /^Weekly with Ana García · 1 of 4 done Next: Wednesday, November 11 at 11:00\sAM \(Colombia Standard Time\)$/,
    );
    // Closed until opened; a native disclosure, so the keyboard and screen readers know it.
    expect(details.open).to.equal(false);
    group.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(meetings(group)).to.have.length(3);
    expect(meetings(group).map(item => /November (\d+)/.exec(textOf(item))![1])).to.deep.equal(['11', '18', '25']);
    // Each meeting keeps its own actions.
    expect(
      meetings(group).every(item => item.querySelector('[part~="cancel"]') && item.querySelector('[part~="reschedule-toggle"]')),
    ).to.equal(true);
  });

  it('cancels "this and the following": those meetings go and their credits come back; the earlier one stays', async () => {
    const canceled = collect<CustomEvent>('mentorship-canceled');
    const { ui, group, details, id } = await mountWithSeries();
    details.open = true;
    expect(codingCredits()).to.equal(0);
    const second = meetings(group)[1];
    await ui.press(second, 'cancel');
    const confirm = await ui.waitFor<HTMLButtonElement>('[part~="confirm-following"]');
    expect(textOf(confirm)).to.equal('Cancel this and the following');
    confirm.click();

    await waitUntil(() => ui.notice() === '2 meetings canceled.', `no confirmation (${ui.notice()})`, { timeout: 5000 });
    expect(upcomingOfSeries(id)).to.deep.equal([MEETINGS[1]]);
    expect(codingCredits()).to.equal(2);
    expect(canceled).to.have.length(1);
  });

  it('cancels one meeting alone: one credit back, the others kept', async () => {
    const { ui, group, details, id } = await mountWithSeries();
    details.open = true;
    await ui.press(meetings(group)[1], 'cancel');
    (await ui.waitFor<HTMLButtonElement>('[part~="confirm"].danger')).click();
    await waitUntil(() => ui.notice() === 'Session canceled.', `no confirmation (${ui.notice()})`, { timeout: 5000 });
    expect(upcomingOfSeries(id)).to.deep.equal([MEETINGS[1], MEETINGS[3]]);
    expect(codingCredits()).to.equal(1);
  });

  it('moves one meeting without touching the others', async () => {
    const { ui, group, details, id } = await mountWithSeries();
    details.open = true;
    await ui.press(meetings(group)[0], 'reschedule-toggle');
    const agenda = ui.one('[part="reschedule"] mentor-agenda')!;
    // Tuesday 10 November, 17:00 in Madrid (the agenda shows a week).
    const newTime = '2026-11-10T16:00:00.000Z';
    await waitUntil(() => agenda.shadowRoot!.querySelector(`[data-starts-at="${newTime}"]`), 'the agenda never offered the time', {
      timeout: 5000,
    });
    agenda.shadowRoot!.querySelector<HTMLElement>(`[data-starts-at="${newTime}"]`)!.click();
    await (agenda as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    agenda.shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    await waitUntil(() => ui.notice().startsWith('Moved to'), 'no confirmation shown', { timeout: 5000 });
    expect(upcomingOfSeries(id)).to.deep.equal([newTime, MEETINGS[2], MEETINGS[3]]);
    expect(codingCredits()).to.equal(0);
  });

  it('speaks Spanish', async () => {
    const { group } = await mountWithSeries('es');
    expect(textOf(group.querySelector('summary'))).to.match(
      /^Cada semana con Ana García · 1 de 4 hechas Próxima: miércoles, 11 de noviembre/,
    );
  });
});
