/**
 * The page `npm run bench` drives (scripts/bench.mjs): each measure renders the same data with the
 * library and with plain DOM (the same markup and stylesheet), so their ratio holds on a noisy
 * machine. Each phase returns the wall time from the start of its work to the next paint; the
 * script reads the main-thread work of the same span from Chromium's own counters.
 */
import '../../src/index.js';
import {
  createDemoDataset,
  createHttpClient,
  createMemoryClient,
  MemoryStore,
  type Goal,
  type Mentor,
  type MentorAgenda,
  type MentorshipSession,
  type MentorList,
  type MentorshipClient,
  type TimeSlot,
} from '../../src/index.js';
import { startMockBackend } from '../mocks/browser.js';
import type { CSSResult } from 'lit';
import { styles as agendaStyles } from '../../src/components/mentor-agenda/mentor-agenda.styles.js';
import { styles as listStyles } from '../../src/components/mentor-list/mentor-list.styles.js';
import { base as baseStyles } from '../../src/styles/base.js';
import { tokens } from '../../src/styles/tokens.js';
import { zoneName } from '../../src/utils/time.js';
import { initialsOf } from '../../src/base/avatar.js';

const stage = document.getElementById('stage')!;
const agendaSheets = [tokens, baseStyles, agendaStyles];
const listSheets = [tokens, baseStyles, listStyles];
const ZONE = 'America/Bogota';

/** Resolves after the browser has painted what the page holds now. */
const nextPaint = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function timed(work: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await work();
  await nextPaint();
  return performance.now() - start;
}

function clear(): void {
  stage.replaceChildren();
}

// ——— Data ———

const base = createDemoDataset(new Date()).mentors;
const mentors: Mentor[] = Array.from({ length: 1000 }, (_, index) => {
  const { weeklyHours: _hours, ...mentor } = base[index % base.length];
  return {
    ...mentor,
    slug: `mentor-${index}`,
    name: `${mentor.name} ${index}`,
    nextAvailableAt: new Date(Date.now() + index * 3_600_000).toISOString(),
  };
});

function slotsFor(days: number, perDay: number, from: Date): TimeSlot[] {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), 5);
  return Array.from({ length: days * perDay }, (_, index) => {
    const day = Math.floor(index / perDay);
    const startsAt = start + day * 86_400_000 + (index % perDay) * 30 * 60_000 - 5 * 3_600_000;
    return { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 30 * 60_000).toISOString() };
  });
}
// From tomorrow (UTC): the agenda shows no time that has begun, so every time generated is shown.
const tomorrow = new Date(Date.now() + 86_400_000);
const agendaSlots = slotsFor(14, 48, tomorrow);
const agendaStart = new Date(agendaSlots[0].startsAt);
const agendaEnd = new Date(agendaSlots[agendaSlots.length - 1].startsAt);

/** A client that answers at once from memory, so only rendering is measured. */
const instant: MentorshipClient = {
  ...createMemoryClient(),
  listMentors: async () => mentors,
  getAvailability: async () => ({ timezone: 'Europe/Madrid', slots: agendaSlots }),
};

// ——— Plain-DOM hosts: the component's own stylesheet in a shadow root, so layout costs the same ———

function styledHost(sheets: CSSResult[]): ShadowRoot {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets.map(sheet => sheet.styleSheet!);
  stage.append(host);
  return root;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Resolves once `ready()` holds, awaiting the element's updates (never a frame) in between. */
async function settled(element: HTMLElement, ready: () => boolean): Promise<void> {
  while (!ready()) {
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (!ready()) await new Promise(resolve => setTimeout(resolve, 0));
  }
}

// ——— <mentor-list> and its baseline ———

/** The list shows its first page of mentors, then one more page per "Show more". */
const PAGE = 20;
let list!: MentorList;
const shownMentors = () => list.shadowRoot!.querySelectorAll('[part="mentor"]').length;

const libraryList = {
  render: () =>
    timed(async () => {
      list = document.createElement('mentor-list');
      list.client = instant;
      list.timeZone = ZONE;
      list.service = 'geekpal-coding-mentorship';
      stage.append(list);
      await settled(list, () => shownMentors() === PAGE);
    }),
  more: () =>
    timed(async () => {
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
      await settled(list, () => shownMentors() === 2 * PAGE);
    }),
};

/** A careful plain-DOM list: the same markup and classes, formatters cached as the library caches them, the same paging. */
function plainListOf() {
  let append!: (from: number) => void;
  let ul!: HTMLElement;
  return {
    render: () =>
      timed(() => {
        // The library's facts, in its words: its formatters, cached as the library caches them.
        const time = new Intl.DateTimeFormat('en', { timeZone: ZONE, weekday: 'short', hour: 'numeric', minute: '2-digit' });
        const dated = new Intl.DateTimeFormat('en', {
          timeZone: ZONE,
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          hour: 'numeric',
          minute: '2-digit',
        });
        const clocks = new Map<string, Intl.DateTimeFormat>();
        const clockIn = (zone: string) => {
          let format = clocks.get(zone);
          if (!format) clocks.set(zone, (format = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: '2-digit' })));
          return format;
        };
        const names = new Intl.DisplayNames('en', { type: 'language' });
        const languages = new Intl.ListFormat('en', { type: 'conjunction' });
        const rating = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
        const root = styledHost(listSheets);
        const wrapper = el('div', { class: 'list-root' });
        const search = el('label', { class: 'search' });
        search.append(
          el('span', { class: 'visually-hidden' }, 'Search by name or skill'),
          el('input', { part: 'search', type: 'search', placeholder: 'Search by name or skill' }),
        );
        const bar = el('div', { class: 'bar' });
        const order = el('label', { class: 'order' });
        const select = el('select', { part: 'order' });
        select.append(el('option', { value: 'default' }, 'Suggested'), el('option', { value: 'best-match' }, 'Best match'));
        order.append(el('span', {}, 'Order'), select);
        bar.append(el('p', { part: 'count', class: 'count muted', role: 'status' }, `${mentors.length} mentors`), order);
        ul = el('ul', { part: 'list' });
        const more = el('button', { part: 'button more', class: 'more', type: 'button' });
        append = from => {
          for (const mentor of mentors.slice(from, from + PAGE)) {
            const item = el('li', { part: 'mentor' });
            const who = el('div', { class: 'who' });
            const name = el('h3', { part: 'name', class: 'name' });
            name.append(el('bdi', {}, mentor.name));
            who.append(name, el('p', { class: 'headline' }, mentor.headline));
            const facts = el('ul', { class: 'facts' });
            // The component's order: next free time, languages, the mentor's local time (hidden in a sidebar), rating.
            const next = Date.parse(mentor.nextAvailableAt!);
            const when = (next - Date.now() < 6 * 86_400_000 ? time : dated).format(next).replace(/\s/g, '\u00a0');
            const city = mentor.timezone.split('/').pop()!.replaceAll('_', ' ');
            for (const [fact, className] of [
              [`Next free: ${when} your time`, ''],
              [`Speaks ${languages.format(mentor.languages.map(code => names.of(code) ?? code))}`, ''],
              [`${clockIn(mentor.timezone).format(Date.now())} in ${city}`, 'local'],
            ]) {
              facts.append(el('li', className ? { class: className } : {}, fact));
            }
            if (mentor.rating !== null) {
              const stars = el('li');
              const shown = rating.format(mentor.rating);
              stars.append(
                el('span', { 'aria-hidden': 'true' }, `★ ${shown}`),
                el('span', { class: 'visually-hidden' }, `Rated ${shown} out of 5`),
              );
              facts.append(stars);
            }
            // The row's one control, laid over it, and its chevron.
            const book = el('button', { part: 'book', type: 'button', 'aria-label': `See times with ${mentor.name}` });
            item.append(
              el('span', { part: 'avatar', class: 'avatar avatar--initials tone-3', 'aria-hidden': 'true' }, initialsOf(mentor.name)),
              who,
              el('span', { class: 'go', 'aria-hidden': 'true' }, '›'),
              facts,
              book,
            );
            ul.append(item);
          }
          more.textContent = `Show ${PAGE} more mentors`;
        };
        append(0);
        wrapper.append(search, bar, ul, more);
        root.append(wrapper);
      }),
    // As the library does: keyboard users land on the first mentor added.
    more: () =>
      timed(() => {
        append(PAGE);
        ul.querySelectorAll<HTMLElement>('[part~="book"]')[PAGE].focus();
      }),
  };
}
let plainList = plainListOf();

// ——— <mentor-agenda> and its baseline ———

let agenda!: MentorAgenda;
const slotButtons = () => agenda.shadowRoot!.querySelectorAll('[part~="slot"]');

/**
 * The agenda renders a long range over several frames (a few days each): the time returned runs to
 * the paint of the first days, and the phase goes on until every day is painted, so the trace
 * holds all of its work.
 */
async function firstPaint(work: () => void, ready: () => boolean): Promise<number> {
  const start = performance.now();
  work();
  // Not `updateComplete`: it waits for every day.
  while (!ready()) await new Promise(resolve => setTimeout(resolve, 0));
  await nextPaint();
  const first = performance.now() - start;
  await agenda.updateComplete;
  await nextPaint();
  return first;
}

const libraryAgenda = {
  render: () =>
    firstPaint(
      () => {
        agenda = document.createElement('mentor-agenda');
        Object.assign(agenda, {
          client: instant,
          timeZone: ZONE,
          mentor: 'ana-garcia',
          service: 'geekpal-coding-mentorship',
          days: 14,
          startDate: tomorrow.toISOString().slice(0, 10),
        });
        stage.append(agenda);
      },
      () => (agenda.shadowRoot?.querySelectorAll('[part~="slot"]').length ?? 0) > 0,
    ),
  zone: () =>
    firstPaint(
      () => (agenda.timeZone = 'Asia/Kolkata'),
      // A time's label ends with its zone's name ("India Standard Time"), as the plain grid's does.
      () => slotButtons()[0]?.getAttribute('aria-label')?.endsWith(zoneName('Asia/Kolkata', 'en')) ?? false,
    ),
  select: () =>
    timed(async () => {
      (slotButtons()[5] as HTMLButtonElement).click();
      await agenda.updateComplete;
    }),
};

/** The same grid as the library's: markup, classes, roles, one tab stop, pressed state, labels. */
function plainAgendaGrid(zone: string): HTMLElement {
  const label = new Intl.DateTimeFormat('en', {
    timeZone: zone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });
  const short = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  // The zone's name, as the library's labels say it ("India Standard Time", never its id).
  const name = zoneName(zone, 'en');
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const heading = new Intl.DateTimeFormat('en', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
  const grid = el('div', { part: 'days', class: 'days', role: 'grid', 'aria-readonly': 'true', 'aria-label': 'Available times' });
  const rows = new Map<string, HTMLElement>();
  for (const [index, slot] of agendaSlots.entries()) {
    const date = new Date(slot.startsAt);
    const key = dayOf.format(date);
    let row = rows.get(key);
    if (!row) {
      row = el('div', { part: 'day', class: 'day', role: 'row', 'aria-labelledby': `day-${key}` });
      row.append(el('span', { role: 'rowheader', class: 'day-name', id: `day-${key}` }, heading.format(date)));
      rows.set(key, row);
      grid.append(row);
    }
    const cell = el('span', { role: 'gridcell' });
    cell.append(
      el(
        'button',
        {
          part: 'slot',
          type: 'button',
          tabindex: index === 0 ? '0' : '-1',
          'aria-pressed': 'false',
          'aria-label': `${label.format(date)}, ${name}`,
          'data-starts-at': slot.startsAt,
        },
        short.format(date),
      ),
    );
    row.append(cell);
  }
  return grid;
}

function plainAgendaOf() {
  let grid!: HTMLElement;
  let wrapper!: HTMLElement;
  return {
    render: () =>
      timed(() => {
        grid = plainAgendaGrid(ZONE);
        const root = styledHost(agendaSheets);
        wrapper = el('div', { part: 'agenda', class: 'agenda' });
        const toolbar = el('div', { class: 'toolbar' });
        toolbar.append(
          el('button', { part: 'button previous', type: 'button', 'aria-label': 'Previous days', disabled: '' }, '‹'),
          el(
            'h3',
            { part: 'range', class: 'range', 'aria-live': 'polite' },
            new Intl.DateTimeFormat('en', { timeZone: ZONE, day: 'numeric', month: 'short' }).formatRange(agendaStart, agendaEnd),
          ),
          el('button', { part: 'button next', type: 'button', 'aria-label': 'Next days' }, '›'),
        );
        const picker = el('label', { class: 'zone-picker' });
        const select = el('select', { part: 'time-zone' });
        for (const zone of [ZONE, 'Europe/Madrid']) select.append(el('option', { value: zone }, zone));
        picker.append(el('span', {}, 'Time zone'), select);
        const live = el(
          'div',
          { part: 'live', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' },
          `${agendaSlots.length} free times`,
        );
        wrapper.append(toolbar, picker, grid, live);
        root.append(wrapper);
      }),
    zone: () =>
      timed(() => {
        const next = plainAgendaGrid('Asia/Kolkata');
        grid.replaceWith(next);
        grid = next;
      }),
    select: () =>
      timed(() => {
        const button = grid.querySelectorAll('button')[5];
        button.setAttribute('aria-pressed', 'true');
        button.setAttribute('part', 'slot selected');
        // The library's confirmation: the time in full, the mentor's local time, the button.
        const selection = el('div', { part: 'selection', class: 'selection' });
        const when = el('p');
        when.append(el('strong', {}, button.getAttribute('aria-label')!));
        const mentorTime = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Madrid', hour: 'numeric', minute: '2-digit' }).format(
          new Date(button.dataset.startsAt!),
        );
        selection.append(
          when,
          el('p', { class: 'muted' }, `${mentorTime} for the mentor (Madrid)`),
          el('button', { part: 'button confirm', class: 'primary', type: 'button' }, 'Book this time'),
        );
        wrapper.append(selection);
      }),
  };
}
let plainAgenda = plainAgendaOf();

/** Empties the stage and starts each baseline afresh (not measured). */
function reset(): void {
  clear();
  plainList = plainListOf();
  plainAgenda = plainAgendaOf();
}

// ——— Long lists: each tag with N entries and with N/10, in the same run ———

const HOUR = 3_600_000;
const sessionsOf = (count: number, past: boolean): MentorshipSession[] =>
  Array.from({ length: count }, (_, index) => {
    const { slug, name } = base[index % base.length];
    const start = Date.now() + (past ? -1 : 1) * (index + 1) * 2 * HOUR;
    return {
      id: `ses-${index}`,
      service: 'geekpal-coding-mentorship',
      mentor: { slug, name, avatarUrl: null },
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + HOUR).toISOString(),
      status: past ? 'completed' : 'scheduled',
      joinUrl: `https://meet.example.com/${index}`,
      agenda: `Session ${index}`,
      ...(past && { feedback: { rating: 5, comment: '' } }),
    };
  });
const goalsOf = (count: number): Goal[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `goal-${index}`,
    title: `Goal ${index}`,
    why: 'Because it matters',
    successCriteria: 'It works',
    targetDate: new Date(Date.now() + (30 + index) * 86_400_000).toISOString().slice(0, 10),
    steps: [{ id: `step-${index}`, title: 'A first step', done: false }],
    progress: 0,
    status: index % 3 ? 'active' : 'achieved',
    shared: true,
    sessions: [],
  }));
const mentorsOf = (count: number): Mentor[] =>
  Array.from({ length: count }, (_, index) => ({ ...mentors[index % mentors.length], slug: `m-${index}`, name: `Mentor ${index}` }));
const memory = createMemoryClient();

type LongList = 'sessions' | 'upcoming' | 'goals' | 'mentors';
/** Mounts `kind` with `count` entries from a client that answers at once; resolves when its first page shows. */
function longList(kind: LongList, count: number): Promise<number> {
  const shown = (element: HTMLElement, selector: string, page: number) => () =>
    element.shadowRoot!.querySelectorAll(selector).length === Math.min(count, page);
  return timed(async () => {
    clear();
    if (kind === 'mentors') {
      const many = mentorsOf(count);
      const element = document.createElement('mentor-list');
      Object.assign(element, {
        client: { ...instant, listMentors: async () => many },
        timeZone: ZONE,
        service: 'geekpal-coding-mentorship',
      });
      stage.append(element);
      await settled(element, shown(element, '[part="mentor"]', 20));
    } else if (kind === 'goals') {
      const many = goalsOf(count);
      const element = document.createElement('mentorship-goals');
      Object.assign(element, { client: { ...memory, listGoals: async () => many }, timeZone: ZONE });
      stage.append(element);
      await settled(element, shown(element, '[part="goal"]', 10));
    } else {
      const many = sessionsOf(count, kind === 'sessions');
      const element = document.createElement('mentorship-sessions');
      Object.assign(element, {
        client: { ...memory, listSessions: async () => many },
        timeZone: ZONE,
        view: kind === 'sessions' ? 'past' : 'upcoming',
      });
      stage.append(element);
      await settled(element, shown(element, '[part~="list"] > li', 10));
    }
  });
}

// ——— Memory and requests ———

const store = new MemoryStore();
const cardClient = createMemoryClient({ store });

function mountCard(): void {
  clear();
  const card = document.createElement('mentor-schedule-card');
  Object.assign(card, { client: cardClient, timeZone: ZONE });
  stage.append(card);
}

async function bookingRequests(): Promise<string[]> {
  const seen: string[] = [];
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : (input as Request).url, location.href);
    seen.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`);
    return realFetch(input, init);
  };
  await startMockBackend({ store: new MemoryStore(), baseUrl: '/api', workerUrl: '/mockServiceWorker.js' });
  clear();
  const provider = document.createElement('mentorship-provider');
  provider.client = createHttpClient({ baseUrl: '/api' });
  provider.setAttribute('time-zone', ZONE);
  const card = document.createElement('mentor-schedule-card');
  provider.append(card);
  stage.append(provider);
  const find = async (selector: string, root: () => ParentNode | null | undefined = () => card.shadowRoot) => {
    for (let tries = 0; tries < 200; tries += 1) {
      const found = root()?.querySelector<HTMLElement>(selector);
      if (found) return found;
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    throw new Error(`bench: ${selector} never appeared`);
  };
  (await find('[part~="open"]')).click();
  (await find('[part="service"]')).click();
  (await find('[part~="book"]', () => card.shadowRoot!.querySelector('mentor-list')?.shadowRoot)).click();
  (await find('[part~="slot"]', () => card.shadowRoot!.querySelector('mentor-agenda')?.shadowRoot)).click();
  const confirm = (await find('[part~="confirm"]')) as HTMLButtonElement;
  while (confirm.disabled) await new Promise(resolve => setTimeout(resolve, 20));
  confirm.click();
  await find('[part~="calendar"]');
  window.fetch = realFetch;
  return seen;
}

Object.assign(window, {
  bench: {
    // Getters: each reset() makes new baselines.
    get plainList() {
      return plainList;
    },
    get plainAgenda() {
      return plainAgenda;
    },
    libraryList,
    libraryAgenda,
    reset,
    mountCard,
    clear,
    bookingRequests,
    longList,
  },
});
document.title = 'bench ready';
