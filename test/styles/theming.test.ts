import { expect, html, unsafeStatic, waitUntil } from '@open-wc/testing';
import { createMemoryClient, type MentorScheduleCard } from '../../src/index.js';
import { emulateMedia } from '@web/test-runner-commands';
import { CardHarness } from '../support/card-harness.js';
import { mount } from '../support/fixtures.js';

const WHITE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(22, 27, 38)';

async function card(attributes = '', style = ''): Promise<CardHarness> {
  const element = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { client: createMemoryClient() });
  const provider = element.parentElement!;
  if (style) provider.setAttribute('style', style);
  if (attributes) element.setAttribute('theme', attributes);
  await element.updateComplete;
  return new CardHarness(element);
}

const background = (ui: CardHarness) => getComputedStyle(ui.one('[part="card"]')!).backgroundColor;

describe('theming', () => {
  afterEach(() => emulateMedia({ colorScheme: 'no-preference' }));

  it("follows the page's own color-scheme: light where the page declares none or light, the OS where it declares light dark", async () => {
    const root = document.documentElement;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(background(await card())).to.equal(WHITE);
      root.style.colorScheme = 'light';
      expect(background(await card())).to.equal(WHITE);
      root.style.colorScheme = 'light dark';
      const dark = await card();
      expect(background(dark)).to.equal(DARK_SURFACE);
      expect(getComputedStyle(dark.one('[part~="open"]')!).backgroundColor).to.equal('rgb(138, 180, 248)');
      await emulateMedia({ colorScheme: 'light' });
      expect(background(await card())).to.equal(WHITE);
      root.style.colorScheme = 'dark';
      expect(background(await card())).to.equal(DARK_SURFACE);
    } finally {
      root.style.colorScheme = '';
    }
  });

  it('is forced by --mentorship-color-scheme from above, and one element by its theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(await card('', '--mentorship-color-scheme: light dark'))).to.equal(DARK_SURFACE);
    document.documentElement.style.colorScheme = 'light dark';
    try {
      expect(background(await card('', '--mentorship-color-scheme: light'))).to.equal(WHITE);
      expect(background(await card('light'))).to.equal(WHITE);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
    await emulateMedia({ colorScheme: 'light' });
    expect(background(await card('dark'))).to.equal(DARK_SURFACE);
  });

  for (const [theme, page, surface] of [
    ['dark', 'light', DARK_SURFACE],
    ['light', 'dark', WHITE],
  ] as const) {
    it(`carries a ${theme} card's theme into the mentor list and the agenda it renders, on a ${page} page`, async () => {
      document.documentElement.style.colorScheme = page;
      try {
        const ui = await card(theme);
        await ui.open();
        await ui.chooseService('GeekPal');
        const list = await ui.waitFor('mentor-list');
        await waitUntil(() => list.shadowRoot?.querySelector('[part~="mentor"]'), 'the mentors never showed');
        const mentor = list.shadowRoot!.querySelector('[part~="mentor"]')!;
        expect(getComputedStyle(list).colorScheme).to.equal(theme);
        expect(getComputedStyle(mentor).color).to.equal(getComputedStyle(ui.one('[part="card"]')!).color);
        expect(background(ui)).to.equal(surface);
        await ui.chooseMentor('Ana García');
        const agenda = await ui.waitFor('mentor-agenda');
        await waitUntil(() => agenda.shadowRoot?.querySelector('[part~="slot"]'), 'the times never showed');
        expect(getComputedStyle(agenda).colorScheme).to.equal(theme);
        expect(getComputedStyle(agenda.shadowRoot!.querySelector('[part~="slot"]')!).color).to.equal(
          getComputedStyle(ui.one('[part="card"]')!).color,
        );
      } finally {
        document.documentElement.style.colorScheme = '';
      }
    });
  }

  it('paints no square corners around a rounded card, in either theme', async () => {
    for (const theme of ['light', 'dark']) {
      const ui = await card(theme, '--mentorship-radius: 16px');
      const host = getComputedStyle(ui.card);
      expect(host.backgroundColor).to.equal(background(ui));
      expect(host.borderTopLeftRadius).to.equal('16px');
      expect(host.borderBottomRightRadius).to.equal(getComputedStyle(ui.one('[part="card"]')!).borderBottomRightRadius);
    }
  });

  it('stops the loading shimmer when the student prefers reduced motion', async () => {
    const slow = createMemoryClient({ latencyMs: 60_000 });
    const shimmer = async () => {
      const element = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { client: slow });
      const bar = element.shadowRoot!.querySelector('[part="loading"] span[aria-hidden]')!;
      return getComputedStyle(bar).animationName;
    };
    expect(await shimmer()).to.equal('shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(await shimmer()).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('takes brand tokens from any ancestor, and ::part styling from the page', async () => {
    const style = document.createElement('style');
    style.textContent = 'mentor-schedule-card::part(card) { border-top-color: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const ui = await card('', '--mentorship-color-accent: #7c3aed; --mentorship-radius: 2px');
      expect(getComputedStyle(ui.one('[part~="open"]')!).backgroundColor).to.equal('rgb(124, 58, 237)');
      expect(getComputedStyle(ui.one('[part="card"]')!).borderTopLeftRadius).to.equal('2px');
      expect(getComputedStyle(ui.one('[part="card"]')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('draws every tag in the card’s box, in dark mode too, and drops it where the page already draws one', async () => {
    const tags = {
      'mentor-schedule-card': 'card',
      'mentorship-journey': 'journey',
      'mentorship-intake': 'intake',
      'mentorship-goals': 'goals',
      'mentorship-credits': 'credits',
      'mentor-desk': 'desk',
      'mentor-availability': 'availability',
    };
    const box = (element: Element, part: string) => getComputedStyle(element.shadowRoot!.querySelector(`[part="${part}"]`)!);
    for (const [tag, part] of Object.entries(tags)) {
      const mounted = await mount<HTMLElement>(html`<div style="color-scheme: dark"><${unsafeStatic(tag)}></${unsafeStatic(tag)}></div>`, {
        // The mentor's tags sign in as a mentor.
        client:
          tag.startsWith('mentor-') && tag !== 'mentor-schedule-card' ? createMemoryClient({ mentor: 'ana-garcia' }) : createMemoryClient(),
      });
      const element = mounted.firstElementChild!;
      await waitUntil(() => element.shadowRoot?.querySelector(`[part="${part}"]`), `<${tag}> never drew its ${part}`);
      const drawn = box(element, part);
      // 1.33 × the 12 px spacing unit.
      expect([drawn.paddingTop, drawn.paddingLeft, drawn.borderTopWidth, drawn.backgroundColor], tag).to.deep.equal([
        '15.96px',
        '15.96px',
        '1px',
        DARK_SURFACE,
      ]);
      mounted.setAttribute('style', 'color-scheme: dark; --mentorship-surface-padding: 0; --mentorship-surface-border: none');
      const dropped = box(element, part);
      expect([dropped.paddingTop, dropped.borderTopStyle], `${tag} in the page's own card`).to.deep.equal(['0px', 'none']);
    }
  });
});
