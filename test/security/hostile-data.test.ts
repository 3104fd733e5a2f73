import { expect, html } from '@open-wc/testing';
import {
  createDemoDataset,
  createHttpClient,
  createMemoryClient,
  MemoryStore,
  type MemoryDataset,
  type MentorScheduleCard,
  type MentorshipClient,
  type MentorshipCredits,
  type MentorDesk,
} from '../../src/index.js';
import { MentorDeskHarness } from '../../src/testing/index.js';
import { clock } from '../../src/utils/clock.js';
import { CardHarness, deepQueryAll } from '../support/card-harness.js';
import { fixedClock } from '../support/clock.js';
import { loaded, mount, textOf } from '../support/fixtures.js';
import { serveStore } from '../support/mock-backend.js';

declare global {
  interface Window {
    __xss: number;
  }
}

const NOW = '2026-11-24T12:00:00.000Z';
const PAYLOADS = [
  `<img src=x onerror="window.__xss++">`,
  `"><script>window.__xss++</script>`,
  `</style><img src=x onerror=window.__xss++>`,
  '${window.__xss++}',
  `' onmouseover='window.__xss++' data-x='`,
  `{{constructor.constructor('window.__xss++')()}}`,
];
const BAD_URLS = [
  'javascript:window.__xss++',
  ' JAVASCRIPT:window.__xss++',
  'data:text/html,<script>window.__xss++</script>',
  'vbscript:msgbox(1)',
];
const payload = (index: number) => PAYLOADS[index % PAYLOADS.length];

/** The demo data set with every text field an attack and every URL a script. */
function hostileDataset(): MemoryDataset {
  const dataset = createDemoDataset(new Date(NOW));
  dataset.services.forEach((service, index) => {
    service.name = `${payload(index)} ${service.name}`;
    service.description = payload(index + 1);
  });
  dataset.mentors.forEach((mentor, index) => {
    mentor.name = `${payload(index)} ${mentor.name}`;
    mentor.headline = payload(index + 2);
    mentor.bio = payload(index + 3);
    mentor.skills = [payload(index + 4)];
    mentor.avatarUrl = BAD_URLS[index % BAD_URLS.length];
  });
  for (const student of dataset.students) for (const bucket of student.credits) bucket.name = payload(5);
  dataset.students.forEach((student, index) => {
    student.name = `${payload(index)} ${student.name}`;
    student.avatarUrl = BAD_URLS[index % BAD_URLS.length];
    if (student.program) student.program.name = payload(index + 1);
  });
  dataset.bookings.forEach(booking => {
    booking.agenda = payload(0);
    if (booking.summary) booking.summary = payload(1);
    if (booking.actionItems) booking.actionItems = [payload(2)];
    if (booking.checkIn) booking.checkIn.comment = payload(3);
  });
  (dataset.goals ?? []).forEach((goal, index) => {
    goal.title = payload(index);
    goal.successCriteria = payload(index + 1);
    goal.steps = goal.steps.map(([, done], step) => [payload(step + 2), done]);
  });
  for (const profile of Object.values(dataset.profiles ?? {})) {
    profile.goals = payload(4);
    profile.skills = [payload(5)];
    profile.languages = [payload(0), 'javascript:alert(1)'];
  }
  return dataset;
}

/** A client whose sessions come back with a script as the join link, as a hostile backend would send. */
function withHostileJoinLinks(inner: MentorshipClient): MentorshipClient {
  return {
    ...inner,
    bookSession: async params => ({ ...(await inner.bookSession(params)), joinUrl: BAD_URLS[0] }),
  };
}

/** Everything the mounted widgets rendered, through all their shadow roots. */
function widgetElements(): Element[] {
  return [...document.querySelectorAll('mentorship-provider')].flatMap(provider => [provider, ...deepQueryAll<Element>(provider, '*')]);
}

/** What must hold of everything the widgets rendered after hostile data went through them. */
function expectNothingExecutedOrLinked(): void {
  expect(window.__xss, 'a payload ran').to.equal(0);
  const everything = widgetElements();
  for (const element of everything) {
    const handlers = [...element.attributes].filter(attribute => attribute.name.startsWith('on'));
    expect(
      handlers.map(attribute => `${element.localName}[${attribute.name}]`),
      'event-handler attributes',
    ).to.deep.equal([]);
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) {
      expect(new URL(element.href).protocol, element.outerHTML).to.match(/^https?:$/);
    }
    if (element instanceof HTMLImageElement) expect(new URL(element.src).protocol, element.outerHTML).to.match(/^https?:$/);
  }
  expect(everything.filter(element => element.localName === 'script')).to.have.length(0);
}

describe('hostile data from the backend', () => {
  const realNow = clock.now;
  beforeEach(() => {
    window.__xss = 0;
    clock.now = () => new Date(NOW);
  });
  afterEach(() => {
    clock.now = realNow;
  });

  async function bookThroughTheCard(client: MentorshipClient, hostile = true): Promise<CardHarness> {
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card purchase-url=${BAD_URLS[0]} learn-more-url=${BAD_URLS[2]}></mentor-schedule-card>`,
      { client },
    );
    const ui = new CardHarness(card);
    await ui.waitFor('[part="avatars"]');
    await ui.open();
    await ui.waitFor('[part="service"]');
    if (hostile) expect(textOf(ui.one('[part="service"] strong'))).to.contain(PAYLOADS[0]);
    ui.one('[part="service"]')!.click();
    await ui.waitFor('[part~="book"]');
    if (hostile) expect(textOf(ui.one('[part="name"]'))).to.equal(`${PAYLOADS[0]} Ana García`);
    ui.one('[part~="book"]')!.click();
    await ui.chooseTime('2026-11-24T15:00:00.000Z');
    await ui.waitForStep('Confirm your session');
    await ui.writeAgenda(PAYLOADS[1]);
    await ui.book();
    await ui.waitForStep("You're booked!");
    return ui;
  }

  it('is shown as text, never run, through the in-memory client (no response validation)', async () => {
    const store = new MemoryStore({ now: fixedClock(NOW), dataset: hostileDataset() });
    const ui = await bookThroughTheCard(withHostileJoinLinks(createMemoryClient({ store })));
    expect(ui.one('[part="join"]')).to.equal(undefined);
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, {
      client: createMemoryClient({ store }),
    });
    await loaded(credits);
    expect(textOf(credits.shadowRoot!.querySelector('.name'))).to.equal(PAYLOADS[5]);
    for (const element of document.querySelectorAll('[slot], [part]'))
      element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expectNothingExecutedOrLinked();
  });

  it('is shown as text, never run, through the HTTP client', async () => {
    await serveStore(new MemoryStore({ now: fixedClock(NOW), dataset: hostileDataset() }));
    await bookThroughTheCard(createHttpClient({ baseUrl: '/api' }));
    expectNothingExecutedOrLinked();
  });

  it('a mentor’s desk shows students’ words as text, through both clients, upcoming and past with the report form', async () => {
    for (const client of [
      (store: MemoryStore) => createMemoryClient({ store, mentor: 'ana-garcia' }),
      async (store: MemoryStore) => {
        await serveStore(store);
        return createHttpClient({ baseUrl: '/api', getToken: () => 'ana-garcia' });
      },
    ]) {
      const store = new MemoryStore({ now: fixedClock(NOW), dataset: hostileDataset() });
      const desk = await mount<MentorDesk>(html`<mentor-desk></mentor-desk>`, { client: await client(store) });
      const ui = new MentorDeskHarness(desk);
      await ui.loaded();
      for (const details of ui.all<HTMLDetailsElement>('[part="context"]')) details.open = true;
      expect(ui.text()).to.contain(PAYLOADS[0]);
      await ui.showPast();
      await ui.waitFor('[part="report"]');
      expect(ui.text()).to.contain(PAYLOADS[1]);
      expectNothingExecutedOrLinked();
    }
  });

  it('keeps very long, right-to-left and emoji names inside a 280 px sidebar', async () => {
    const dataset = createDemoDataset(new Date(NOW));
    dataset.mentors[0].name = `${'Maximiliana '.repeat(12)}de la Santísima Trinidad`;
    dataset.mentors[1].name = 'محمد عبد الله الفلاني';
    dataset.mentors[2].name = '👩🏽‍💻 Zoë 李小龍';
    dataset.mentors[0].headline = 'x'.repeat(400);
    dataset.services[0].name = `GeekPal ${'Mentorship'.repeat(20)}`;
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card style="width: 280px"></mentor-schedule-card>`, {
      client: createMemoryClient({ dataset, now: () => new Date(NOW) }),
    });
    const ui = new CardHarness(card);
    await ui.waitFor('[part="avatars"]');
    expect(ui.all('[part="avatars"] [part="avatar"]').map(avatar => textOf(avatar))).to.deep.equal(['MT', 'ما', '👩🏽‍💻李', 'JC']);
    await ui.open();
    await ui.waitFor('[part="service"]');
    ui.one('[part="service"]')!.click();
    await ui.waitFor('[part~="book"]');
    for (const element of [card, ...ui.all('mentor-list'), ...ui.all('[part="mentor"]')]) {
      expect(element.scrollWidth, element.localName).to.be.at.most(element.clientWidth);
    }
  });

  it('never writes the auth token into the page', async () => {
    await serveStore(new MemoryStore({ now: fixedClock(NOW) }));
    const token = 'demo-student';
    const ui = await bookThroughTheCard(createHttpClient({ baseUrl: '/api', getToken: () => token }), false);
    const markup = [document.body.outerHTML, ...widgetElements().map(element => element.shadowRoot?.innerHTML ?? '')].join('');
    expect(markup.includes(token)).to.equal(false);
    expect(ui.text()).to.contain("You're booked!");
  });
});
