import type { MentorAgenda } from '../components/mentor-agenda/mentor-agenda.js';
import type { MentorshipSessions } from '../components/mentorship-sessions/mentorship-sessions.js';
import { AgendaHarness } from './agenda-harness.js';
import { Harness, textOf, until } from './harness.js';

/** `<mentorship-sessions>`: find a session by its mentor, press its buttons, read what it says. */
export class SessionsHarness extends Harness<MentorshipSessions> {
  /** Waits until the list (or its empty state) is shown. */
  async loaded(): Promise<void> {
    await until(() => this.one('[part="list"], [part="empty"]') && !this.loading(), 'the sessions never loaded');
  }

  /** The list item of the session with this mentor (the first, if several). */
  async session(mentorName: string): Promise<HTMLElement> {
    return until(() => this.sessionNow(mentorName), `no session with ${mentorName}`);
  }

  sessionNow(mentorName: string): HTMLElement | undefined {
    return this.all('[part="session"]').find(item => textOf(item).includes(mentorName));
  }

  /** The mentors of the sessions listed, in order. */
  mentors(): string[] {
    return this.all('[part="session"] .title .muted').map(name => textOf(name).replace(/^· /, ''));
  }

  /** Presses the button with this part in a session's item (`cancel`, `confirm-cancel`, `reschedule-toggle`…). */
  async press(item: HTMLElement, part: string): Promise<void> {
    const button = item.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (!button) throw new Error(`no ${part} button in "${textOf(item)}"`);
    button.click();
    await this.element.updateComplete;
  }

  /** Cancels the first session with this mentor, confirming; waits for "Session canceled." */
  async cancel(mentorName: string): Promise<void> {
    const item = await this.session(mentorName);
    await this.press(item, 'cancel');
    await this.press(item, 'confirm');
    await until(() => this.notice(), 'the cancellation never finished');
  }

  /** Opens the agenda that moves the session with this mentor. */
  async reschedule(mentorName: string): Promise<AgendaHarness> {
    await this.press(await this.session(mentorName), 'reschedule-toggle');
    return new AgendaHarness(await this.waitFor<MentorAgenda>('[part="reschedule"] mentor-agenda', 'no agenda to move the session'));
  }

  async showPast(): Promise<void> {
    this.all('[part~="tab"]')[1].click();
    await this.element.updateComplete;
    await this.loaded();
  }

  /** Presses "Show N more sessions" (the list shows ten at first); false when every session shows already. */
  async showMore(): Promise<boolean> {
    const more = this.one<HTMLElement>('[part~="more"]');
    if (!more) return false;
    more.click();
    await this.element.updateComplete;
    return true;
  }

  notice(): string {
    return this.text('[part="notice"]');
  }
}
