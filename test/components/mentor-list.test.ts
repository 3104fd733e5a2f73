import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  createDemoDataset,
  createMemoryClient,
  MemoryStore,
  MentorshipError,
  type MentorList,
  type MentorshipClient,
  type MentorshipErrorEvent,
  type MentorSelectEvent,
} from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { fixedClock } from '../support/clock.js';
import { collect, loaded, mount, textOf } from '../support/fixtures.js';
import { serveHandlers } from '../support/mock-backend.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T09:42:00.000Z';

function cards(list: MentorList) {
  return [...list.shadowRoot!.querySelectorAll('[part="mentor"]')];
}
function card(list: MentorList, name: string) {
  return cards(list).find(item => textOf(item.querySelector('[part="name"]')) === name)!;
}

describe('<mentor-list>', () => {
  const realNow = clock.now;
  let store: MemoryStore;
  beforeEach(() => {
    clock.now = () => new Date(NOW);
    store = new MemoryStore({ now: fixedClock(NOW) });
  });
  afterEach(() => {
    clock.now = realNow;
  });

  it('shows each mentor who gives the service: who they are, their local time, next free time and rating', async () => {
    const list = await mount<MentorList>(html`<mentor-list service=${CODING}></mentor-list>`, { client: createMemoryClient({ store }) });
    await loaded(list);
    expect(textOf(list.shadowRoot!.querySelector('[part="count"]'))).to.equal('9 mentors');
    const ana = card(list, 'Ana García');
    expect(textOf(ana.querySelector('.headline'))).to.equal('Senior front-end engineer · React and accessibility');
    expect(textOf(ana.querySelector('[part="avatar"]'))).to.equal('AG');
    const facts = textOf(ana.querySelector('.facts'));
    expect(facts).to.contain('Speaks Spanish and English');
    // 09:42 UTC is 10:42 in Madrid; Ana is next free at 15:00 UTC, 10:00 for a student in Bogotá.
    expect(facts).to.match(/10:42\sAM in Madrid/);
    // Within the week the weekday says when, in the student's time and on one line.
    const nextFree = (name: string) => card(list, name).querySelector('.facts li')!.textContent.trim();
    expect(nextFree('Ana García')).to.equal('Next free: Tue\u00a010:00\u00a0AM your time');
    expect(facts).to.contain('Rated 4.9 out of 5');
    expect(textOf(card(list, 'Diego Fernández').querySelector('.facts'))).not.to.contain('Rated');
    // Further away, the date too.
    clock.now = () => new Date('2026-11-14T12:00:00Z');
    list.requestUpdate();
    await list.updateComplete;
    expect(nextFree('Ana García')).to.equal('Next free: Tue,\u00a0Nov\u00a024,\u00a010:00\u00a0AM your time');
  });

  it('speaks Spanish, with times in the zone given', async () => {
    const list = await mount<MentorList>(html`<mentor-list service=${CODING}></mentor-list>`, {
      client: createMemoryClient({ store }),
      locale: 'es',
      timeZone: 'Asia/Kolkata',
    });
    await loaded(list);
    const facts = textOf(card(list, 'Ana García').querySelector('.facts'));
    expect(facts).to.contain('Habla español e inglés');
    expect(facts).to.contain('10:42 en Madrid');
    // Cities as Spanish writes them, where it writes them otherwise (America/Mexico_City).
    expect(textOf(card(list, 'Diego Fernández').querySelector('.facts'))).to.contain('3:42 en Ciudad de México');
    expect(facts).to.contain('Disponible: mar, 20:30 (tu hora)');
    expect(textOf(list.shadowRoot!.querySelector('[part="count"]'))).to.equal('9 mentores');
  });

  it("makes each mentor's whole row one control named for them: one tab stop, pressed anywhere with the mouse, a cancelable mentorship-mentor-select", async () => {
    const selections = collect<MentorSelectEvent>('mentorship-mentor-select');
    const list = await mount<MentorList>(html`<mentor-list service=${CODING} style="width: 300px"></mentor-list>`, {
      client: createMemoryClient({ store }),
    });
    await loaded(list);
    const buttons = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="book"]')];
    const names = buttons.map(button => button.getAttribute('aria-label'));
    expect(new Set(names).size).to.equal(buttons.length);
    expect(names[0]).to.equal('See times with Ana García');
    // Nothing else in a row takes the keyboard: from the order picker, Tab goes row by row.
    for (const row of cards(list)) expect(row.querySelectorAll('button, a[href], input, select, [tabindex]')).to.have.length(1);
    list.shadowRoot!.querySelector<HTMLSelectElement>('[part="order"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('See times with Ana García');
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('See times with Carlos Mendoza');
    // The row is the target: the button lies over all of it, inside its border.
    const carlos = card(list, 'Carlos Mendoza');
    const row = carlos.getBoundingClientRect();
    const button = list.shadowRoot!.activeElement!.getBoundingClientRect();
    const edges = [button.left, button.top, button.right, button.bottom];
    const inside = [row.left + carlos.clientLeft, row.top + carlos.clientTop, row.right - carlos.clientLeft, row.bottom - carlos.clientTop];
    edges.forEach((edge, index) => expect(edge).to.be.closeTo(inside[index], 0.5));
    await sendKeys({ press: 'Enter' });
    expect(selections.map(event => event.detail.mentor.slug)).to.deep.equal(['carlos-mendoza']);

    // A real click on the words of a row (its headline), not on a button's text.
    selections.length = 0;
    const headline = card(list, 'Priya Sharma').querySelector('.headline')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(headline.left + 10), Math.round(headline.top + headline.height / 2)] });
    expect(selections).to.have.length(1);
    const [event] = selections;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.detail.service).to.equal(CODING);
    expect(event.detail.mentor).to.include({ slug: 'priya-sharma', timezone: 'Asia/Kolkata' });
  });

  it('filters by name, skill or language, ignoring case and accents, from the attribute and the box', async () => {
    const list = await mount<MentorList>(html`<mentor-list search="react"></mentor-list>`, { client: createMemoryClient({ store }) });
    await loaded(list);
    expect(cards(list).map(item => textOf(item.querySelector('[part="name"]')))).to.deep.equal([
      'Ana García',
      'Diego Fernández',
      'Emily Nguyen',
    ]);

    const box = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    expect(box.value).to.equal('react');
    box.value = 'LUCIA';
    box.dispatchEvent(new Event('input'));
    await list.updateComplete;
    expect(list.search).to.equal('LUCIA');
    expect(cards(list).map(item => textOf(item.querySelector('[part="name"]')))).to.deep.equal(['Lucía Martín']);

    list.search = 'cobol';
    await list.updateComplete;
    expect(textOf(list.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No mentors match “cobol”');
  });

  it('shows a failure with Try again and a mentorship-error event, and recovers', async () => {
    const errors = collect<MentorshipErrorEvent>('mentorship-error');
    let failing = true;
    const inner = createMemoryClient({ store });
    const flaky: MentorshipClient = {
      ...inner,
      listMentors: params => (failing ? Promise.reject(new MentorshipError('network', 'offline')) : inner.listMentors(params)),
    };
    const list = await mount<MentorList>(html`<mentor-list service=${CODING}></mentor-list>`, { client: flaky, locale: 'es' });
    await waitUntil(() => list.shadowRoot!.querySelector('[part="error"]'), 'no error state');
    expect(textOf(list.shadowRoot!.querySelector('[part="error"] p'))).to.equal(
      'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
    );
    expect(errors.map(event => event.detail.code)).to.deep.equal(['network']);
    failing = false;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => cards(list).length === 9, 'Try again did not recover');
  });

  it('says so when nobody gives the service', async () => {
    const list = await mount<MentorList>(html`<mentor-list service="data-science-mentorship"></mentor-list>`, {
      client: createMemoryClient({ store }),
    });
    await loaded(list);
    expect(textOf(list.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No mentors available for this service');

    const custom = await mount<MentorList>(
      html`<mentor-list service="data-science-mentorship"><span slot="empty">Ask your TA for a mentor</span></mentor-list>`,
      { client: createMemoryClient({ store }) },
    );
    await loaded(custom);
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements().map(element => element.textContent)).to.deep.equal(['Ask your TA for a mentor']);
  });

  it('shows initials when a picture is missing, fails to load, or is not an http(s) URL', async () => {
    const dataset = createDemoDataset(new Date(NOW));
    dataset.mentors[0].avatarUrl = 'http://127.0.0.1:9/missing.png';
    dataset.mentors[1].avatarUrl = 'javascript:alert(1)';
    const list = await mount<MentorList>(html`<mentor-list></mentor-list>`, {
      client: createMemoryClient({ dataset, now: () => new Date(NOW) }),
    });
    await loaded(list);
    await waitUntil(() => !list.shadowRoot!.querySelector('img'), 'the broken picture was not replaced by initials');
    expect(textOf(card(list, 'Ana García').querySelector('[part="avatar"]'))).to.equal('AG');
    expect(textOf(card(list, 'Carlos Mendoza').querySelector('[part="avatar"]'))).to.equal('CM');
    expect(list.shadowRoot!.innerHTML).not.to.contain('javascript:');
  });

  it('keeps 200 mentors usable in a 280 px sidebar', async () => {
    const dataset = createDemoDataset(new Date(NOW));
    const template = dataset.mentors[0];
    dataset.mentors = Array.from({ length: 200 }, (_, index) => ({
      ...template,
      slug: `mentor-${index}`,
      name: index === 7 ? 'Maximiliana Alejandra de la Santísima Trinidad Fernández-Villaverde' : `Mentor ${index}`,
      headline: index === 7 ? 'A'.repeat(300) : template.headline,
    }));
    dataset.bookings = [];
    const list = await mount<MentorList>(html`<mentor-list style="width: 280px" service=${CODING}></mentor-list>`, {
      client: createMemoryClient({ dataset, now: () => new Date(NOW) }),
    });
    await loaded(list);
    expect(textOf(list.shadowRoot!.querySelector('[part="count"]'))).to.equal('200 mentors');
    expect(cards(list)).to.have.length(20);
    for (const item of cards(list).slice(0, 10)) {
      expect(item.scrollWidth, textOf(item.querySelector('[part="name"]'))).to.be.at.most(item.clientWidth);
    }
    const more = list.shadowRoot!.querySelector<HTMLElement>('[part~="more"]')!;
    expect(more.scrollWidth).to.be.at.most(more.clientWidth);
    expect(list.scrollWidth).to.be.at.most(280);
  });

  /** A list of `count` mentors named "Mentor 0", "Mentor 1"…, loaded. */
  async function listOf(count: number, locale = 'en'): Promise<MentorList> {
    const dataset = createDemoDataset(new Date(NOW));
    dataset.mentors = Array.from({ length: count }, (_, index) => ({
      ...dataset.mentors[index % 13],
      slug: `m-${index}`,
      name: `Mentor ${index}`,
    }));
    dataset.bookings = [];
    const list = await mount<MentorList>(html`<mentor-list></mentor-list>`, {
      client: createMemoryClient({ dataset, now: () => new Date(NOW) }),
      locale,
    });
    await loaded(list);
    return list;
  }

  it('renders page-size mentors at a time', async () => {
    const list = await listOf(12);
    list.pageSize = 5;
    await list.updateComplete;
    expect(cards(list)).to.have.length(5);
    const more = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!;
    expect(textOf(more)).to.equal('Show 5 more mentors');
    more.click();
    await list.updateComplete;
    expect(cards(list)).to.have.length(10);
    list.setAttribute('page-size', 'none');
    await list.updateComplete;
    expect(cards(list), 'not a number: 20').to.have.length(12);
  });

  it('renders twenty mentors, then twenty more per "Show more", focusing the first one added; a search starts over', async () => {
    const list = await listOf(45);
    const more = () => list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]');
    expect(cards(list)).to.have.length(20);
    expect(textOf(more())).to.equal('Show 20 more mentors');

    more()!.click();
    await list.updateComplete;
    expect(cards(list)).to.have.length(40);
    expect(list.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('See times with Mentor 20');
    expect(textOf(more())).to.equal('Show 5 more mentors');
    more()!.click();
    await list.updateComplete;
    expect(cards(list)).to.have.length(45);
    expect(more()).to.equal(null);

    list.search = 'Mentor 1';
    await list.updateComplete;
    // Fewer matches than a page: all shown, and no "Show more".
    // Every word must appear: "Mentor 1", "Mentor 10" to "Mentor 19", "Mentor 21", "Mentor 31", "Mentor 41".
    expect(cards(list)).to.have.length(14);
    expect(textOf(list.shadowRoot!.querySelector('[part="count"]'))).to.equal('14 mentors');
    expect(more()).to.equal(null);
    list.search = '';
    await list.updateComplete;
    expect(cards(list)).to.have.length(20);
  });

  it('says "Show more" in Spanish', async () => {
    const list = await listOf(21, 'es');
    expect(textOf(list.shadowRoot!.querySelector('[part~="more"]'))).to.equal('Mostrar 1 mentor más');
  });
});

describe('<mentor-list> Best match', () => {
  const realNow = clock.now;
  // Tuesday 04:42 in Bogotá.
  const now = '2026-11-24T09:42:00.000Z';
  const mentor = (name: string, skills: string[], languages: string[], next: string | null, rating: number) => ({
    slug: name.toLowerCase(),
    name,
    avatar_url: null,
    headline: '',
    bio: '',
    timezone: 'America/Bogota',
    languages,
    skills,
    rating,
    services: [CODING],
    next_available_at: next,
  });
  const fixed = [
    mentor('Ana', ['React', 'JavaScript'], ['es', 'en'], '2026-11-25T15:00:00Z', 4.9), // tomorrow in Bogotá
    mentor('Ben', ['React', 'SQL'], ['en'], '2026-11-24T15:00:00Z', 4.5), // today
    mentor('Cleo', ['Python'], ['es'], null, 5),
    mentor('Dan', ['SQL', 'React'], ['en', 'es'], '2026-12-10T15:00:00Z', 4), // weeks away
  ];

  beforeEach(async () => {
    clock.now = () => new Date(now);
    await serveHandlers(http.get('/api/mentors', () => HttpResponse.json({ mentors: fixed })));
  });
  afterEach(() => {
    clock.now = realNow;
  });

  const names = (list: MentorList) => cards(list).map(item => textOf(item.querySelector('[part="name"]')));
  const reasons = (list: MentorList) => cards(list).map(item => textOf(item.querySelector('[part="match"]')));

  it('ranks by shared skills, language and how soon they are free, and says why (en)', async () => {
    const list = await mount<MentorList>(html`<mentor-list service=${CODING} interests="React, sql"></mentor-list>`, { apiBase: '/api' });
    await loaded(list);
    expect(list.interests).to.deep.equal(['React', 'sql']);
    expect(names(list)).to.deep.equal(['Ana', 'Ben', 'Cleo', 'Dan']);
    expect(list.shadowRoot!.querySelector('[part="match"]')).to.equal(null);

    const order = list.shadowRoot!.querySelector<HTMLSelectElement>('[part="order"]')!;
    expect(order.labels[0].textContent.trim()).to.match(/^Order/);
    order.value = 'best-match';
    order.dispatchEvent(new Event('change'));
    await list.updateComplete;
    expect(list.getAttribute('order')).to.equal('best-match');
    expect(names(list)).to.deep.equal(['Ben', 'Dan', 'Ana', 'Cleo']);
    expect(reasons(list)).to.deep.equal([
      'Why this mentor: React · SQL · English · free today',
      'Why this mentor: SQL · React · English',
      'Why this mentor: React · English · free tomorrow',
      '',
    ]);
  });

  it('ranks for a Spanish speaker in Spanish, from the property', async () => {
    const list = await mount<MentorList>(html`<mentor-list service=${CODING} order="best-match"></mentor-list>`, {
      apiBase: '/api',
      locale: 'es',
    });
    list.interests = ['react', 'SQL'];
    await loaded(list);
    await list.updateComplete;
    expect(list.getAttribute('interests')).to.equal(null);
    expect(names(list)).to.deep.equal(['Dan', 'Ben', 'Ana', 'Cleo']);
    expect(reasons(list)).to.deep.equal([
      'Por qué este mentor: SQL · React · español',
      'Por qué este mentor: React · SQL · libre hoy',
      'Por qué este mentor: React · español · libre mañana',
      'Por qué este mentor: español',
    ]);
  });

  it('without interests, ranks by language and soonness alone', async () => {
    const list = await mount<MentorList>(html`<mentor-list service=${CODING} order="best-match"></mentor-list>`, { apiBase: '/api' });
    await loaded(list);
    expect(names(list)).to.deep.equal(['Ben', 'Ana', 'Dan', 'Cleo']);
  });
});
