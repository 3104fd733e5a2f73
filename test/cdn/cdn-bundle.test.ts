import { expect, waitUntil } from '@open-wc/testing';
import type { MentorScheduleCard } from '../../src/index.js';
import { CardHarness } from '../support/card-harness.js';

type PageWindow = Window & { pageErrors: string[]; pageReady?: boolean };

/** Loads the plain HTML page (built CDN files only, no bundler) in a frame. */
async function openPlainPage(): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '900px';
  frame.src = '/test/cdn/plain-page.html';
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as PageWindow | null)?.pageReady, 'the CDN page never finished loading', { timeout: 5000 });
  return frame.contentWindow as PageWindow;
}

describe('the CDN bundle (dist/cdn), on a page without a bundler', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach(frame => frame.remove()));

  it('registers every tag once, even when loaded twice', async () => {
    const page = await openPlainPage();
    for (const tag of ['mentorship-provider', 'mentor-schedule-card', 'mentor-list', 'mentor-agenda', 'mentorship-credits', 'mentorship-sessions']) {
      expect(page.customElements.get(tag), tag).to.be.a('function');
    }
    expect(page.pageErrors).to.deep.equal([]);
  });

  it('an English page downloads no Spanish; switching to Spanish fetches it once and renders it', async () => {
    const page = await openPlainPage();
    const scripts = () => page.performance.getEntriesByType('resource').map(entry => entry.name).filter(name => name.endsWith('.js'));
    const card = page.document.querySelector('mentor-schedule-card')!;
    await waitUntil(() => (card.shadowRoot?.textContent ?? '').includes('Schedule a mentoring session'), 'the card never rendered in English');
    const spanish = (names: string[]) => names.filter(name => /\/dist\/cdn\/es-[^/]+\.js$/.test(name));
    expect(spanish(scripts()), 'no Spanish on an English page').to.deep.equal([]);
    page.document.querySelector('mentorship-provider')!.setAttribute('locale', 'es');
    await waitUntil(() => (card.shadowRoot?.textContent ?? '').includes('Agendar una sesión de mentoría'), 'the card never switched to Spanish');
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
