import { expect, waitUntil } from '@open-wc/testing';
import type { MentorScheduleCard } from '../../src/index.js';
import { CardHarness } from '../support/card-harness.js';

type PageWindow = Window & { pageErrors: string[]; pageReady?: boolean };

/** Loads a plain HTML page (built CDN files only, no bundler) in a frame. */
async function openPlainPage(page = 'plain-page'): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '900px';
  const [name, query = ''] = page.split('?');
  frame.src = `/test/cdn/${name}.html${query && `?${query}`}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as PageWindow | null)?.pageReady, 'the CDN page never finished loading', { timeout: 5000 });
  return frame.contentWindow as PageWindow;
}

describe('the CDN bundle (dist/cdn), on a page without a bundler', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach(frame => frame.remove()));

  /** The library's JS files the page has fetched so far, by name (`mentor-list`, a chunk's without its folder). */
  const fetched = (page: PageWindow) =>
    page.performance
      .getEntriesByType('resource')
      .map(entry => new URL(entry.name).pathname.match(/^\/dist\/cdn\/(?:chunks\/)?(.+?)\.js$/)?.[1])
      .filter((name): name is string => Boolean(name));

  it('a page with only the card fetches no list, agenda or sessions code until the card opens', async () => {
    const page = await openPlainPage('card-page');
    const card = page.document.querySelector('mentor-schedule-card') as MentorScheduleCard;
    await waitUntil(() => card.shadowRoot?.querySelector('[part="avatars"]'), 'the collapsed card never showed its mentors');
    // The credits inside the card's shadow root are defined: the card's code brings theirs.
    const credits = card.shadowRoot!.querySelector('mentorship-credits')!;
    await waitUntil(() => credits.shadowRoot?.querySelector('[part~="count"]'), 'the credits never rendered');
    expect(page.customElements.get('mentorship-credits')).to.be.a('function');
    const before = fetched(page);
    expect(
      before.filter(name => /mentor-list|mentor-agenda|mentorship-sessions|steps/.test(name)),
      'flow code on a collapsed card',
    ).to.deep.equal([]);
    // The main file (Lit, the client, English, the provider, the card with its credits): nothing else,
    // but for the in-memory backend standing in for an API, and its imports.
    // What the backend's file imports, and what those import in turn.
    const backendImports: string[] = [];
    for (let file = '/dist/cdn/memory-client.js', queue: string[] = []; file; file = queue.shift()!) {
      const code = await (await fetch(file)).text();
      for (const [, name] of code.matchAll(/from\s*["'](?:\.\.?\/)(?:chunks\/)?([\w-]+?)\.js["']/g)) {
        if (backendImports.includes(name) || name === 'mentorship-widgets') continue;
        backendImports.push(name);
        queue.push(`/dist/cdn/chunks/${name}.js`);
      }
    }
    const pageFiles = ['mentorship-widgets'];
    const byTheBackend = (name: string) => name === 'memory-client' || (!pageFiles.includes(name) && backendImports.includes(name));
    expect(before.filter(name => !byTheBackend(name)).sort()).to.deep.equal(pageFiles);
    expect(page.customElements.get('mentor-list')).to.equal(undefined);
    // English comes in parts: the list's strings are in the list's chunk, not in the main file.
    const main = await (await fetch('/dist/cdn/mentorship-widgets.js')).text();
    expect(main).to.contain('Schedule a 1‑1 mentoring session').and.not.contain('Search by name or skill');

    const ui = new CardHarness(card);
    await ui.open();
    await waitUntil(() => ui.one('[part="service"]'), 'the steps never rendered');
    await ui.chooseService('GeekPal');
    // The list inside the card's shadow root: defined and rendered.
    await waitUntil(() => ui.one('[part~="book"]'), 'the mentor list never rendered inside the card');
    expect(page.customElements.get('mentor-list')).to.be.a('function');
    const after = fetched(page);
    expect(after.filter(name => /steps|mentor-list/.test(name)).sort()).to.deep.equal(['mentor-list', 'steps']);
    expect(
      after.filter(name => /mentorship-sessions/.test(name)),
      'sessions code',
    ).to.deep.equal([]);
    expect(ui.one('[part="search"] input, input[type="search"]')?.getAttribute('placeholder')).to.equal('Search by name or skill');
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the steps are fetched ahead when the pointer is over "Schedule a session", before the press', async () => {
    const page = await openPlainPage('card-page');
    const card = page.document.querySelector('mentor-schedule-card')!;
    const button = await waitUntil(() => card.shadowRoot?.querySelector<HTMLElement>('[part~="open"]'), 'no open button').then(() =>
      card.shadowRoot!.querySelector<HTMLElement>('[part~="open"]')!,
    );
    expect(fetched(page)).not.to.include('steps');
    button.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => fetched(page).includes('steps') && fetched(page).includes('mentor-list'), 'the steps were not fetched on intent');
    // The chunks the steps import were asked for with them, not once the steps had arrived.
    const preloads = [...page.document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
      link => new URL(link.href).pathname.match(/([\w-]+)\.js$/)![1],
    );
    expect(preloads).to.include.members(['shared', 'timeline', 'mentor-agenda', 'mentor-list']);
    expect(card.hasAttribute('open'), 'still collapsed').to.equal(false);
    expect(page.pageErrors).to.deep.equal([]);
  });

  /** The API requests the page made so far, by path (`/credits`). */
  const apiCalls = (page: PageWindow) =>
    page.performance
      .getEntriesByType('resource')
      .map(entry => new URL(entry.name).pathname)
      .filter(path => path.startsWith('/csp-api/'))
      .map(path => path.slice('/csp-api'.length));

  for (const [page, setUp] of [
    ['api-page', "under a provider with an api-base (the README's set-up)"],
    ['api-page?own', 'with its own api-base and no provider'],
  ]) {
    it(`the card ${setUp} shows its data with one file of ours, asking for each thing once`, async () => {
      const frame = await openPlainPage(page);
      const card = frame.document.querySelector('mentor-schedule-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part="avatars"]'), 'the collapsed card never showed its mentors');
      const credits = card.shadowRoot!.querySelector('mentorship-credits')!;
      await waitUntil(() => credits.shadowRoot?.querySelector('[part~="count"]'), 'the credits never rendered');
      // The provider, the card and its credits are in the main file: the card asks for its data as that
      // file runs, with no file of code to wait for before or after it.
      expect(fetched(frame)).to.deep.equal(['mentorship-widgets']);
      expect(apiCalls(frame).sort()).to.deep.equal(['/capabilities', '/credits', '/mentors', '/services']);
      expect(frame.pageErrors).to.deep.equal([]);
    });
  }

  it('a tag the page adds after load is defined and renders; nothing is fetched twice', async () => {
    const page = await openPlainPage('card-page');
    await waitUntil(() => page.customElements.get('mentor-schedule-card'), 'the card never loaded');
    expect(page.customElements.get('mentorship-sessions')).to.equal(undefined);
    const provider = page.document.querySelector('mentorship-provider')!;
    // As a framework would: a wrapper added later, with the tag inside it.
    const wrapper = page.document.createElement('section');
    wrapper.innerHTML = '<mentorship-sessions></mentorship-sessions>';
    provider.append(wrapper);
    const sessions = wrapper.querySelector('mentorship-sessions')!;
    await waitUntil(() => sessions.shadowRoot?.querySelector('[part="tabs"]'), 'the added <mentorship-sessions> never rendered');
    expect(page.customElements.get('mentorship-sessions')).to.be.a('function');
    const names = fetched(page);
    expect(names.length, `fetched twice: ${names.join(', ')}`).to.equal(new Set(names).size);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('the Cal.com add-on fetches its mentor side only on a mentor’s page, at its first call', async () => {
    const page = await openPlainPage('card-page');
    await waitUntil(() => page.customElements.get('mentor-schedule-card'), 'the card never loaded');
    type CalCom = typeof import('../../src/cdn/calcom.js');
    const { createCalComClient } = await (page as unknown as { eval(code: string): Promise<CalCom> }).eval("import('/dist/cdn/calcom.js')");
    const mentors = [{ slug: 'ana', username: 'ana-garcia', timezone: 'Europe/Madrid', eventTypes: {} }];
    const asked: string[] = [];
    const schedule = {
      id: 7,
      timeZone: 'Europe/Madrid',
      availability: [{ days: ['Monday'], startTime: '16:00', endTime: '20:00' }],
      overrides: [],
    };
    const fetch = async (input: RequestInfo | URL) => {
      asked.push(input instanceof Request ? input.url : input.toString());
      return new Response(JSON.stringify({ status: 'success', data: schedule }), { headers: { 'Content-Type': 'application/json' } });
    };
    const student = createCalComClient({ services: [], mentors, attendee: { name: 'Grace', email: 'grace@example.com' }, fetch });
    expect(student.capabilities.mentor).to.equal(undefined);
    const ana = createCalComClient({ services: [], mentors, mentor: 'ana', baseUrl: 'https://lms.example/calcom', fetch });
    expect(fetched(page)).to.include('calcom').and.not.include('calcom-mentor');
    const hours = await ana.getMentorHours!();
    expect(hours.weekly).to.deep.equal([{ weekday: 1, start: '16:00', end: '20:00' }]);
    expect(asked).to.deep.equal(['https://lms.example/calcom/v2/schedules/default']);
    expect(fetched(page).filter(name => name === 'calcom-mentor')).to.have.length(1);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('registers the tags on the page once, even with the file loaded twice', async () => {
    const page = await openPlainPage();
    for (const tag of ['mentorship-provider', 'mentor-schedule-card', 'mentorship-credits', 'mentorship-sessions']) {
      await waitUntil(() => page.customElements.get(tag), `<${tag}> was never defined`);
    }
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('an English page downloads no Spanish; switching to Spanish fetches it once and renders it', async () => {
    const page = await openPlainPage();
    const scripts = () =>
      page.performance
        .getEntriesByType('resource')
        .map(entry => entry.name)
        .filter(name => name.endsWith('.js'));
    const card = page.document.querySelector('mentor-schedule-card')!;
    await waitUntil(
      () => (card.shadowRoot?.textContent ?? '').includes('Schedule a mentoring session'),
      'the card never rendered in English',
    );
    const spanish = (names: string[]) => names.filter(name => /\/dist\/cdn\/chunks\/es\.js$/.test(name));
    expect(spanish(scripts()), 'no Spanish on an English page').to.deep.equal([]);
    page.document.querySelector('mentorship-provider')!.setAttribute('locale', 'es');
    await waitUntil(
      () => (card.shadowRoot?.textContent ?? '').includes('Reservar una sesión de mentoría'),
      'the card never switched to Spanish',
    );
    expect(spanish(scripts()), 'one Spanish chunk, fetched once').to.have.length(1);
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('books a session with the in-memory client', async () => {
    const page = await openPlainPage();
    const card = page.document.querySelector('mentor-schedule-card') as MentorScheduleCard;
    const ui = new CardHarness(card);
    await ui.open();
    await ui.chooseService('GeekPal');
    await ui.waitForStep('Choose a mentor');
    await ui.chooseMentor('Ana García');
    await ui.waitForStep('Choose a time');
    (await ui.waitFor('[part~="slot"]')).click();
    await ui.waitForStep('Confirm your session');
    await ui.writeAgenda('From the CDN page');
    await ui.book();
    await ui.waitForStep("You're booked!");
    expect(ui.text()).to.contain('with Ana García');
    // The sessions add-on, loaded beside the main file, hears the booking and lists it.
    const sessions = page.document.querySelector('mentorship-sessions')!;
    await waitUntil(() => (sessions.shadowRoot?.textContent ?? '').includes('From the CDN page'), 'the new session was not listed');
    expect(page.pageErrors).to.deep.equal([]);
  });
});
