import { expect, html } from '@open-wc/testing';
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

  it('is light by default and dark when the OS prefers dark', async () => {
    expect(background(await card())).to.equal(WHITE);
    await emulateMedia({ colorScheme: 'dark' });
    const dark = await card();
    expect(background(dark)).to.equal(DARK_SURFACE);
    expect(getComputedStyle(dark.one('[part~="open"]')!).backgroundColor).to.equal('rgb(138, 180, 248)');
  });

  it('stays light when the page says so, and one element can be forced either way', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(await card('', '--mentorship-color-scheme: light'))).to.equal(WHITE);
    expect(background(await card('light'))).to.equal(WHITE);
    await emulateMedia({ colorScheme: 'light' });
    expect(background(await card('dark'))).to.equal(DARK_SURFACE);
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
});
