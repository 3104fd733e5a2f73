import type { MentorAgenda } from '../components/mentor-agenda/mentor-agenda.js';
import { Harness, textOf } from './harness.js';

/**
 * `<mentor-agenda>`: its free times and choosing one. Also what the card's and the sessions' harnesses
 * use for their agendas (the card's time step, moving a session).
 */
export class AgendaHarness extends Harness<MentorAgenda> {
  /** Waits until the free times (or the message that there are none) are shown. */
  async loaded(): Promise<void> {
    await this.waitFor('[part~="slot"], [part="empty"]', 'the agenda never showed its times');
  }

  /** The free times shown, as their instants (`2026-11-24T15:00:00.000Z`), in order. */
  times(): string[] {
    return this.all('[part~="slot"]').map(slot => slot.dataset.startsAt ?? '');
  }

  /** The free times of one day (`2026-11-24`, in the student's zone) as the student reads them. */
  timesOn(day: string): string[] {
    return this.all(`[aria-labelledby="day-${day}"] [part~="slot"]`).map(slot => textOf(slot));
  }

  offersTime(startsAt: string): boolean {
    return this.one(`[data-starts-at="${startsAt}"]`) !== undefined;
  }

  /** The days the narrow layout's strip offers (`2026-11-24`), when it shows; disabled days left out. */
  daysOffered(): string[] {
    return this.all<HTMLButtonElement>('[part~="day-choice"]')
      .filter(day => day.checkVisibility() && !day.disabled)
      .map(day => day.dataset.day ?? '');
  }

  /** In the narrow layout, picks a day in the strip (`2026-11-24`, in the student's zone). */
  async chooseDay(day: string): Promise<void> {
    (await this.waitFor(`[part~="day-choice"][data-day="${day}"]`, `no day ${day} in the strip`)).click();
    await this.element.updateComplete;
  }

  /** Chooses the free time starting at `startsAt`, as a student would: its day first in a narrow layout. */
  async chooseTime(startsAt: string): Promise<void> {
    const slot = await this.waitFor(`[data-starts-at="${startsAt}"]`, `no free time at ${startsAt}`);
    if (!slot.checkVisibility()) {
      const day = slot.closest('[role="row"]')?.getAttribute('aria-labelledby')?.replace('day-', '');
      if (day) await this.chooseDay(day);
    }
    slot.click();
  }

  /** Chooses the first free time on screen (in a narrow layout, the chosen day's); returns its instant. */
  async chooseFirstTime(): Promise<string> {
    await this.waitFor('[part~="slot"]', 'no free time shown');
    const slot = this.all('[part~="slot"]').find(time => time.checkVisibility())!;
    slot.click();
    return slot.dataset.startsAt ?? '';
  }
}
