/**
 * The page `npm run bench` drives (scripts/bench.mjs): each measure renders the same data with the
 * library and with plain DOM, so their ratio holds on a noisy machine. Times run from the start of
 * the work to the next paint.
 */
import '../../src/index.js';
import {
  createDemoDataset,
  createHttpClient,
  createMemoryClient,
  MemoryStore,
  type Mentor,
  type MentorAgenda,
  type MentorList,
  type MentorshipClient,
  type TimeSlot,
} from '../../src/index.js';
import { startMockBackend } from '../mocks/browser.js';

const stage = document.getElementById('stage')!;
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
  return { ...mentor, slug: `mentor-${index}`, name: `${mentor.name} ${index}`, nextAvailableAt: new Date(Date.now() + index * 3_600_000).toISOString() };
});

function slotsFor(days: number, perDay: number, from: Date): TimeSlot[] {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), 5);
  return Array.from({ length: days * perDay }, (_, index) => {
    const day = Math.floor(index / perDay);
    const startsAt = start + day * 86_400_000 + (index % perDay) * 30 * 60_000 - 5 * 3_600_000;
    return { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 30 * 60_000).toISOString() };
  });
}
const today = new Date();
const agendaSlots = slotsFor(14, 48, today);

/** A client that answers at once from memory, so only rendering is measured. */
const instant: MentorshipClient = {
  ...createMemoryClient(),
  listMentors: async () => mentors,
  getAvailability: async () => ({ timezone: 'Europe/Madrid', slots: agendaSlots }),
};

// ——— The library ———

async function settled(element: HTMLElement, ready: () => boolean): Promise<void> {
  while (!ready()) {
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (!ready()) await new Promise(resolve => setTimeout(resolve, 0));
  }
}

/** The list shows its first page of mentors, then one more page per "Show more". */
const PAGE = 20;

async function libraryList(): Promise<{ render: number; more: number }> {
  clear();
  let list!: MentorList;
  const shown = () => list.shadowRoot!.querySelectorAll('[part="mentor"]').length;
  const render = await timed(async () => {
    list = document.createElement('mentor-list') as MentorList;
    list.client = instant;
    list.timeZone = ZONE;
    list.service = 'geekpal-coding-mentorship';
    stage.append(list);
    await settled(list, () => shown() === PAGE);
  });
  const more = await timed(async () => {
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await settled(list, () => shown() === 2 * PAGE);
  });
  return { render, more };
}

async function libraryAgenda(): Promise<{ render: number; zone: number; select: number }> {
  clear();
  let agenda!: MentorAgenda;
  const buttons = () => agenda.shadowRoot!.querySelectorAll('[part~="slot"]');
  const render = await timed(async () => {
    agenda = document.createElement('mentor-agenda') as MentorAgenda;
    Object.assign(agenda, { client: instant, timeZone: ZONE, mentor: 'ana-garcia', service: 'geekpal-coding-mentorship', days: 14 });
    stage.append(agenda);
    await settled(agenda, () => buttons().length > 0);
  });
  const zone = await timed(async () => {
    agenda.timeZone = 'Asia/Kolkata';
    await agenda.updateComplete;
  });
  const select = await timed(async () => {
    (buttons()[5] as HTMLButtonElement).click();
    await agenda.updateComplete;
  });
  return { render, zone, select };
}

// ——— The plain-DOM baseline: the same data, the same Intl formatting, no framework ———

/** A careful plain-DOM list: formatters cached as the library caches them, and the same paging. */
async function plainList(): Promise<{ render: number; more: number }> {
  clear();
  const time = new Intl.DateTimeFormat('en', { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const clocks = new Map<string, Intl.DateTimeFormat>();
  const clockIn = (zone: string) => {
    let format = clocks.get(zone);
    if (!format) clocks.set(zone, (format = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: '2-digit' })));
    return format;
  };
  const list = document.createElement('ul');
  const more = document.createElement('button');
  const append = (from: number) => {
    for (const mentor of mentors.slice(from, from + PAGE)) {
      const item = document.createElement('li');
      const avatar = document.createElement('span');
      avatar.textContent = mentor.name.slice(0, 2);
      const name = document.createElement('h3');
      name.textContent = mentor.name;
      const headline = document.createElement('p');
      headline.textContent = mentor.headline;
      const facts = document.createElement('ul');
      for (const fact of [mentor.languages.join(', '), clockIn(mentor.timezone).format(Date.now()), time.format(new Date(mentor.nextAvailableAt!)), String(mentor.rating ?? '')]) {
        const li = document.createElement('li');
        li.textContent = fact;
        facts.append(li);
      }
      const button = document.createElement('button');
      button.textContent = 'Book now';
      button.setAttribute('aria-label', `Book now with ${mentor.name}`);
      item.append(avatar, name, headline, facts, button);
      list.append(item);
    }
    more.textContent = `Show ${PAGE} more mentors`;
  };
  const render = await timed(() => {
    append(0);
    stage.append(list, more);
  });
  return { render, more: await timed(() => append(PAGE)) };
}

function plainAgendaRender(zone: string): HTMLElement {
  const label = new Intl.DateTimeFormat('en', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
  const short = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  // The same markup and accessibility as the library's grid: roles, one tab stop, pressed state.
  const grid = document.createElement('div');
  grid.setAttribute('role', 'grid');
  grid.setAttribute('aria-label', 'Available times');
  const rows = new Map<string, HTMLElement>();
  for (const [index, slot] of agendaSlots.entries()) {
    const key = dayOf.format(new Date(slot.startsAt));
    let row = rows.get(key);
    if (!row) {
      row = document.createElement('div');
      row.setAttribute('role', 'row');
      row.setAttribute('aria-labelledby', `day-${key}`);
      const header = document.createElement('span');
      header.setAttribute('role', 'rowheader');
      header.id = `day-${key}`;
      header.textContent = key;
      row.append(header);
      rows.set(key, row);
      grid.append(row);
    }
    const cell = document.createElement('span');
    cell.setAttribute('role', 'gridcell');
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'slot');
    button.tabIndex = index === 0 ? 0 : -1;
    button.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-label', `${label.format(new Date(slot.startsAt))}, ${zone}`);
    button.dataset.startsAt = slot.startsAt;
    button.textContent = short.format(new Date(slot.startsAt));
    cell.append(button);
    row.append(cell);
  }
  return grid;
}

async function plainAgenda(): Promise<{ render: number; zone: number; select: number }> {
  clear();
  let grid!: HTMLElement;
  const render = await timed(() => {
    grid = plainAgendaRender(ZONE);
    stage.append(grid);
  });
  const zone = await timed(() => {
    const next = plainAgendaRender('Asia/Kolkata');
    grid.replaceWith(next);
    grid = next;
  });
  const select = await timed(() => {
    const button = grid.querySelectorAll('button')[5];
    button.setAttribute('aria-pressed', 'true');
    button.style.background = '#2f5fd0';
  });
  return { render, zone, select };
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
  const realFetch = window.fetch;
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

Object.assign(window, { bench: { libraryList, plainList, libraryAgenda, plainAgenda, mountCard, clear, bookingRequests } });
document.title = 'bench ready';
