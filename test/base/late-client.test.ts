/**
 * A page that sets `.client` after a round trip of its own (a token to fetch first) must not show the
 * student a developer's message meanwhile, and a page that never sets one tells its developer once.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/i18n/es.js';
import { clientGrace } from '../../src/base/states.js';
import { createMemoryClient, MemoryStore, type MentorshipErrorEvent } from '../../src/index.js';
import { fixedClock } from '../support/clock.js';
import { eventsPerTest, loaded, textOf } from '../support/fixtures.js';

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('a tag without a client', () => {
  const errors = eventsPerTest<MentorshipErrorEvent>('mentorship-error');
  let logged: unknown[][];
  let consoleError: typeof console.error;
  let grace: number;
  beforeEach(() => {
    logged = [];
    consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    grace = clientGrace.ms;
  });
  afterEach(() => {
    console.error = consoleError;
    clientGrace.ms = grace;
    document.querySelectorAll('body > [data-test]').forEach(element => element.remove());
  });

  function add(tag: string, attributes: Record<string, string> = {}): HTMLElement {
    const element = document.createElement(tag);
    element.dataset.test = '';
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.body.append(element);
    return element;
  }

  it('shows its loading state while the page fetches one, then its data: no error anywhere', async () => {
    clientGrace.ms = 2000;
    const card = add('mentor-schedule-card', { 'time-zone': 'America/Bogota' });
    const credits = add('mentorship-credits', { 'time-zone': 'America/Bogota' });
    await pause(700);
    for (const element of [card, credits]) {
      expect(element.shadowRoot!.querySelector('[part~="loading"]'), `${element.localName} is not loading`).to.exist;
      expect(element.shadowRoot!.querySelector('[part="error"]'), `${element.localName} shows an error`).to.equal(null);
    }
    const client = createMemoryClient({ store: new MemoryStore({ now: fixedClock() }) });
    Object.assign(card, { client });
    Object.assign(credits, { client });
    await loaded(card);
    await loaded(credits);
    expect(textOf(credits.shadowRoot)).to.contain('4 left');
    await pause(1500);
    expect(errors()).to.have.length(0);
    expect(logged).to.have.length(0);
  });

  it('says mentoring is not available after the grace period; the developer reads why once, in the console and in no-client', async () => {
    clientGrace.ms = 300;
    // Which tag dispatched each event (its target, seen from the page, is the outermost tag).
    const origins = new WeakMap<Event, EventTarget>();
    const origin = (event: Event) => origins.set(event, event.composedPath()[0]);
    document.addEventListener('mentorship-error', origin);
    after(() => document.removeEventListener('mentorship-error', origin));
    const card = add('mentor-schedule-card');
    const credits = add('mentorship-credits');
    const spanish = add('mentorship-credits', { locale: 'es' });
    await pause(150);
    expect(card.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    for (const element of [card, credits, spanish]) {
      await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), `${element.localName} never gave up`);
    }
    expect(textOf(card.shadowRoot!.querySelector('[part="error"]'))).to.equal('Mentoring is not available here.');
    expect(textOf(credits.shadowRoot!.querySelector('[part="error"]'))).to.equal('Mentoring is not available here.');
    expect(textOf(spanish.shadowRoot!.querySelector('[part="error"]'))).to.equal('La mentoría no está disponible aquí.');
    // Nothing to try again: the page must give a backend.
    expect(card.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
    await pause(100);
    // The card loads twice (its offer and its next session) and there are three tags: one line.
    expect(logged.map(args => String(args[0]))).to.have.length(1);
    expect(String(logged[0][0])).to.contain('no backend. Give the tag a <mentorship-provider>');
    // Once a tag: each tag the page holds (the card's own credits, inside it, may say so too).
    const from = (tag: Element) => errors().filter(event => event.target === tag && origins.get(event) === tag);
    for (const tag of [card, credits, spanish]) {
      expect(
        from(tag).map(event => event.detail.code),
        tag.localName,
      ).to.deep.equal(['no-client']);
    }
    expect(errors().every(event => event.detail.code === 'no-client')).to.equal(true);
  });
});
