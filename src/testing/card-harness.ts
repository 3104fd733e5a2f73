import type { MentorAgenda } from '../components/mentor-agenda/mentor-agenda.js';
import type { MentorScheduleCard } from '../components/mentor-schedule-card/mentor-schedule-card.js';
import { AgendaHarness } from './agenda-harness.js';
import { Harness, textOf, until } from './harness.js';

/**
 * `<mentor-schedule-card>`, as a student uses it: open it, choose a service, a mentor and a time, say
 * what the session is about, book. `bookFirstFreeTime('GeekPal', 'Ana García')` does all of it.
 */
export class CardHarness extends Harness<MentorScheduleCard> {
  /** Kept for tests written against the card: the element. */
  get card(): MentorScheduleCard {
    return this.element;
  }

  /** The open card's step heading ("Choose a mentor"); empty while collapsed. */
  stepTitle(): string {
    return textOf(this.root?.querySelector('[part="step-title"]'));
  }

  /** Waits until the card is at the step titled `title` and nothing on it is loading. */
  async waitForStep(title: string, timeout = 4000): Promise<void> {
    await until(
      () => this.stepTitle() === title && !this.loading(),
      `never reached the step "${title}" (at "${this.stepTitle()}")`,
      timeout,
    );
  }

  /** Presses "Schedule a mentoring session". */
  async open(): Promise<void> {
    (await this.waitFor('[part~="open"]')).click();
  }

  /** Chooses the service whose name starts with `name`. */
  async chooseService(name: string): Promise<void> {
    await this.waitFor('[part="service"]');
    const service = this.all('[part="service"]').find(button => textOf(button).startsWith(name));
    if (!service) throw new Error(`no service "${name}"`);
    service.click();
  }

  /** Presses the row of the mentor named `name` ("See times with …", or "Book on …'s calendar"). */
  async chooseMentor(name: string): Promise<void> {
    (await this.waitFor(`[part~="book"][aria-label*="${name}"]`, `no row for ${name}`)).click();
  }

  /** The time step's agenda. */
  async agenda(): Promise<AgendaHarness> {
    return new AgendaHarness(await this.waitFor<MentorAgenda>('mentor-agenda', 'no agenda shown'));
  }

  async chooseTime(startsAt: string): Promise<void> {
    await (await this.agenda()).chooseTime(startsAt);
  }

  offersTime(startsAt: string): boolean {
    return this.one(`[data-starts-at="${startsAt}"]`) !== undefined;
  }

  /** Types what the session is about, at the confirm step. */
  async writeAgenda(text: string): Promise<void> {
    const field = await this.waitFor<HTMLTextAreaElement>('textarea');
    field.value = text;
    field.dispatchEvent(new Event('input'));
  }

  agendaText(): string {
    return this.one<HTMLTextAreaElement>('textarea')?.value ?? '';
  }

  /** Presses "Book session". */
  async book(): Promise<void> {
    const confirm = await this.waitFor<HTMLButtonElement>('[part~="confirm"]');
    await until(() => !confirm.disabled, 'Book session stayed disabled');
    confirm.click();
  }

  /**
   * The whole flow: opens the card, chooses the service and the mentor, books their first free time
   * with `agenda`, and waits for "booked". Returns the instant booked. Needs the card in English.
   */
  async bookFirstFreeTime(service: string, mentor: string, agenda = ''): Promise<string> {
    if (!this.stepTitle()) await this.open();
    await this.chooseService(service);
    await this.chooseMentor(mentor);
    const startsAt = await (await this.agenda()).chooseFirstTime();
    await this.waitFor('[part="summary"]');
    if (agenda) await this.writeAgenda(agenda);
    await this.book();
    await this.waitFor('[part~="book-another"]', 'the booking never finished');
    return startsAt;
  }
}
