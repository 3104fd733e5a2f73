/**
 * A page object for <mentor-schedule-card>: tests read like what a student does. It looks through
 * the nested shadow roots (card → list/agenda) the way a person sees one widget.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorScheduleCard } from '../../src/index.js';
import { textOf } from './fixtures.js';

/** Every element matching `selector` in `root` and in the shadow roots below it. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found = [...root.querySelectorAll<E>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<E>(element.shadowRoot, selector));
  }
  return found;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class CardHarness {
  constructor(readonly card: MentorScheduleCard) {}

  /** The card's shadow root; null until its code has arrived and the tag is defined (the CDN fetches it lazily). */
  get root(): ShadowRoot | null {
    return this.card.shadowRoot;
  }

  all<E extends Element = HTMLElement>(selector: string): E[] {
    return this.root ? deepQueryAll<E>(this.root, selector) : [];
  }

  one<E extends Element = HTMLElement>(selector: string): E | undefined {
    return this.all<E>(selector)[0];
  }

  text(selector = ':host'): string {
    return selector === ':host' ? textOf(this.root) : textOf(this.one(selector));
  }

  stepTitle(): string {
    return textOf(this.root?.querySelector('[part="step-title"]'));
  }

  /** Waits for the step's title, and for the steps' code (fetched when the flow opens) to render it. */
  async waitForStep(title: string): Promise<void> {
    await waitUntil(() => this.stepTitle() === title, `never reached the step "${title}" (at "${this.stepTitle()}")`);
    await this.stepsArrived();
  }

  /** The open card's steps are a module of their own; once it has arrived, the card renders with it. */
  async stepsArrived(): Promise<void> {
    await import('../../src/components/mentor-schedule-card/steps/index.js');
    // The card hears of the module a few promise hops later than this import does: let those run first.
    await new Promise(resolve => setTimeout(resolve));
    await this.card.updateComplete;
  }

  /** Waits until `selector` shows up anywhere in the card and no skeleton is left. */
  async waitFor(selector: string, message = `${selector} never appeared`): Promise<HTMLElement> {
    await waitUntil(() => this.one(selector) && this.all('[part="loading"]').length === 0, message, { timeout: 4000 });
    return this.one(selector)!;
  }

  async open(): Promise<void> {
    (await this.waitFor('[part~="open"]')).click();
  }

  async chooseService(name: string): Promise<void> {
    await this.waitFor('[part="service"]');
    const service = this.all('[part="service"]').find(button => textOf(button).startsWith(name));
    if (!service) throw new Error(`no service "${name}"`);
    service.click();
  }

  async chooseMentor(name: string): Promise<void> {
    const button = await this.waitFor(`[part~="book"][aria-label$="${name}"]`, `no Book now for ${name}`);
    button.click();
  }

  async chooseTime(startsAt: string): Promise<void> {
    (await this.waitFor(`[data-starts-at="${startsAt}"]`, `no free time at ${startsAt}`)).click();
  }

  offersTime(startsAt: string): boolean {
    return this.one(`[data-starts-at="${startsAt}"]`) !== undefined;
  }

  async writeAgenda(text: string): Promise<void> {
    const field = (await this.waitFor('textarea')) as HTMLTextAreaElement;
    field.value = text;
    field.dispatchEvent(new Event('input'));
  }

  agendaText(): string {
    return (this.one<HTMLTextAreaElement>('textarea')?.value ?? '');
  }

  async book(): Promise<void> {
    const confirm = await this.waitFor('[part~="confirm"]');
    await waitUntil(() => !(confirm as HTMLButtonElement).disabled, 'Book session stayed disabled');
    confirm.click();
  }

  /** Presses Tab until `matches` holds for the focused element; fails if it is never reached. */
  async tabTo(matches: (element: Element) => boolean, description: string, limit = 40): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      const active = deepActiveElement();
      if (active && matches(active)) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`could not reach ${description} with Tab`);
  }
}
