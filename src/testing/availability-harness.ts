import type { MentorAvailability } from '../components/mentor-availability/mentor-availability.js';
import { Harness, textOf, until } from './harness.js';

/** `<mentor-availability>`: read and change a mentor's weekly hours and time off, and save them. */
export class AvailabilityHarness extends Harness<MentorAvailability> {
  /** Waits until the form (or an error) is shown. */
  async loaded(): Promise<void> {
    await until(
      () => this.one('[part="hours"], [part~="error"]') && !this.one('[part="hours"] ~ [part~="loading"]'),
      'the hours never loaded',
    );
  }

  /** A weekday's group (`Monday`… in the tag's language). */
  day(name: string): HTMLElement {
    const day = this.all('[part="day"]').find(group => group.getAttribute('aria-label') === name);
    if (!day) throw new Error(`no day ${name}`);
    return day;
  }

  /** A weekday's ranges, as `HH:MM–HH:MM`. */
  ranges(name: string): string[] {
    return [...this.day(name).querySelectorAll<HTMLElement>('[part="range"]')].map(range => {
      const [start, end] = range.querySelectorAll('input');
      return `${start.value}–${end.value}`;
    });
  }

  /** Sets one time of a range (the `index`th of the day; `end` for its end) as a person typing it would. */
  async setTime(name: string, index: number, which: 'start' | 'end', value: string): Promise<void> {
    const input = this.day(name).querySelectorAll<HTMLElement>('[part="range"]')[index]?.querySelectorAll('input')[
      which === 'start' ? 0 : 1
    ];
    if (!input) throw new Error(`no range ${index} on ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await this.element.updateComplete;
  }

  /** Adds time off (days `YYYY-MM-DD`, in the mentor's zone), each day chosen as its year, month and day. */
  async addTimeOff(from: string, to = from, note = ''): Promise<void> {
    this.one<HTMLElement>('[part~="add-time-off"]')!.click();
    await this.element.updateComplete;
    const off = this.all('[part="time-off"] .off').at(-1)!;
    const [first, last] = off.querySelectorAll('fieldset');
    for (const [group, day] of [
      [first, from],
      [last, to],
    ] as const) {
      const [year, month, date] = day.split('-');
      for (const [part, value] of [
        ['year', year],
        ['month', month],
        ['day', date],
      ]) {
        const select = group.querySelector<HTMLSelectElement>(`select[name$="-${part}"]`)!;
        select.value = value;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await this.element.updateComplete;
      }
    }
    const words = off.querySelector<HTMLInputElement>('input[type="text"]');
    // A backend that keeps no note (`capabilities.timeOffNotes: false`) has no field for one.
    if (note && !words) throw new Error('this backend keeps no note with a time off');
    if (words) {
      words.value = note;
      words.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await this.element.updateComplete;
    }
  }

  /** What the booked sessions on new days off say ("These 2 sessions stay booked…"), or ''. */
  staysBooked(): string {
    return this.text('[part="stays-booked"]');
  }

  /** The errors beside fields. */
  errors(): string[] {
    return this.all('[part="field-error"]').map(error => textOf(error));
  }

  /** Presses "Save hours"; waits for the answer's notice, or for the errors when the form does not hold. */
  async save(): Promise<void> {
    this.one<HTMLElement>('[part~="save-hours"]')!.click();
    await until(() => this.text('[part="notice"]') || this.errors().length, 'the hours never got an answer');
  }

  notice(): string {
    return this.text('[part="notice"]');
  }

  /** The preview's days, as it words them ("Mon, Dec 7: 8 free times: 4:00 PM, …"). */
  async preview(): Promise<string[]> {
    await until(() => !this.one('[part="preview"] [part~="loading"]'), 'the preview never loaded');
    return this.all('[part="preview"] li').map(item => textOf(item));
  }
}
