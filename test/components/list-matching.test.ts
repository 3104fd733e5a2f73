import { expect, html, waitUntil } from '@open-wc/testing';
import { createMemoryClient, type MenteeProfile, type MentorList, type MentorScheduleCard } from '../../src/index.js';
import { meetsPreferredTimes, partOf } from '../../src/components/mentor-list/times.js';
import { CardHarness } from '../support/card-harness.js';
import { loaded, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T12:00:00.000Z';
/** React, mentored in Spanish, on weekday evenings in Bogotá. */
const EVENINGS: Omit<MenteeProfile, 'updatedAt'> = {
  goals: 'Ship my React portfolio',
  skills: ['React'],
  level: 'beginner',
  languages: ['es'],
  times: { weekdays: [1, 2, 3, 4, 5], parts: ['evening'] },
  timezone: 'America/Bogota',
};

const names = (list: Element) => [...list.shadowRoot!.querySelectorAll('[part="mentor"] [part="name"]')].map(textOf);
const entry = (list: Element, name: string) =>
  [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="mentor"]')].find(
    item => textOf(item.querySelector('[part="name"]')) === name,
  )!;

describe('matching by the student’s preferred times', () => {
  it('places each of the mentor’s windows in the student’s zone, half an hour at a time', () => {
    const now = new Date(NOW);
    const madridAfternoons = [{ weekday: 3, start: '16:00', end: '20:00' }];
    // 16:00–20:00 in Madrid is 10:00–14:00 in Bogotá: mornings and afternoons, not evenings.
    expect(meetsPreferredTimes(madridAfternoons, 'Europe/Madrid', { weekdays: [3], parts: ['evening'] }, 'America/Bogota', now)).to.equal(
      false,
    );
    expect(meetsPreferredTimes(madridAfternoons, 'Europe/Madrid', { weekdays: [3], parts: ['morning'] }, 'America/Bogota', now)).to.equal(
      true,
    );
    expect(meetsPreferredTimes(madridAfternoons, 'Europe/Madrid', { weekdays: [4], parts: [] }, 'America/Bogota', now)).to.equal(false);
    // 20:00–23:00 on Monday in Kolkata is Monday morning in Bogotá.
    expect(
      meetsPreferredTimes(
        [{ weekday: 1, start: '20:00', end: '23:00' }],
        'Asia/Kolkata',
        { weekdays: [1], parts: ['morning'] },
        'America/Bogota',
        now,
      ),
    ).to.equal(true);
    // Nothing to compare: no preference, or no readable hours.
    expect(meetsPreferredTimes(madridAfternoons, 'Europe/Madrid', { weekdays: [], parts: [] }, 'America/Bogota', now)).to.equal(undefined);
    const unreadable = [{ weekday: 0, start: '9', end: 'noon' }, null, { weekday: 3, start: '20:00', end: '16:00' }] as never;
    expect(meetsPreferredTimes(unreadable, 'Europe/Madrid', EVENINGS.times, 'America/Bogota', now)).to.equal(undefined);
    expect([5, 6, 12, 18, 21, 22].map(partOf)).to.deep.equal([undefined, 'morning', 'afternoon', 'evening', 'evening', undefined]);
  });
});

describe('<mentor-list> and the card: "Best match" from the intake', () => {
  const backend = usePinnedBackend(NOW);
  const student = () => createMemoryClient({ store: backend.store });

  it('keeps the backend’s order without a profile; with one, ranks by it by default and says why', async () => {
    const before = await mount<MentorList>(html`<mentor-list service=${CODING}></mentor-list>`, { apiBase: '/api' });
    await loaded(before);
    const backendOrder = names(before);
    expect(before.shadowRoot!.querySelector<HTMLSelectElement>('[part="order"]')!.value).to.equal('default');
    expect(before.shadowRoot!.querySelector('[part="match"]')).to.equal(null);

    await student().saveProfile!({ profile: EVENINGS });
    const after = await mount<MentorList>(html`<mentor-list service=${CODING}></mentor-list>`, { apiBase: '/api' });
    await loaded(after);
    expect(after.shadowRoot!.querySelector<HTMLSelectElement>('[part="order"]')!.value).to.equal('best-match');
    expect(names(after)).not.to.deep.equal(backendOrder);
    // Diego: React, Spanish, and 17:00–21:00 in Mexico City is 18:00–22:00 in Bogotá. Ana shares React
    // and Spanish, but her Madrid afternoons are Bogotá's mornings.
    expect(names(after)[0]).to.equal('Diego Fernández');
    expect(textOf(entry(after, 'Diego Fernández').querySelector('[part="match"]'))).to.match(
      /^Why this mentor: React · Spanish · at your preferred times/,
    );
    expect(textOf(entry(after, 'Ana García').querySelector('[part="match"]'))).to.match(/^Why this mentor: React · Spanish(?! · at your)/);
    expect(names(after).indexOf('Ana García')).to.be.greaterThan(0);
    // The page's own order still wins.
    after.order = 'default';
    await after.updateComplete;
    expect(names(after)).to.deep.equal(backendOrder);
  });

  it('lists last, and says so, a mentor the student called a poor fit at a check-in', async () => {
    await student().saveProfile!({ profile: EVENINGS });
    const past = backend.store
      .listSessions('demo-student', { status: 'past' })
      .find(session => !session.checkIn && !session.feedback && session.status === 'completed')!;
    backend.store.submitCheckIn('demo-student', { session: past.id, rating: 2, fit: 'poor' });
    const list = await mount<MentorList>(html`<mentor-list></mentor-list>`, { apiBase: '/api' });
    await loaded(list);
    const shown = names(list);
    const poor = past.mentor.name;
    expect(shown.at(-1)).to.equal(poor);
    expect(textOf(entry(list, poor).querySelector('[part="poor-fit"]'))).to.equal('You said this mentor was not a good fit');
  });

  it('re-ranks at once when the intake is saved on the page; the card’s mentor step ranks by it too (Spanish)', async function () {
    this.timeout(15_000);
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card open service=${CODING}></mentor-schedule-card>`, {
      apiBase: '/api',
      locale: 'es',
    });
    const ui = new CardHarness(card);
    const list = await ui.waitFor<MentorList>('mentor-list', 'no mentor step', 8000);
    await loaded(list);
    expect(list.shadowRoot!.querySelector<HTMLSelectElement>('[part="order"]')!.value).to.equal('default');
    const profile = await student().saveProfile!({ profile: EVENINGS });
    document.dispatchEvent(new CustomEvent('mentorship-profile-saved', { detail: { profile }, bubbles: true, composed: true }));
    await waitUntil(() => names(list)[0] === 'Diego Fernández', `not re-ranked: ${names(list).join(', ')}`, { timeout: 5000 });
    expect(textOf(entry(list, 'Diego Fernández').querySelector('[part="match"]'))).to.match(/React · español · en tus horarios preferidos/);
  });
});
