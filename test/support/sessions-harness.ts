/**
 * A page object for <mentorship-sessions>: find a session by its mentor, press its buttons, read
 * what it says. Looks through the nested agenda's shadow root too.
 */
import { waitUntil } from '@open-wc/testing';
import type { MentorshipSessions } from '../../src/index.js';
import { deepQueryAll } from './card-harness.js';
import { textOf } from './fixtures.js';

export class SessionsHarness {
  constructor(readonly element: MentorshipSessions) {}

  all<E extends Element = HTMLElement>(selector: string, root: ParentNode = this.element.shadowRoot!): E[] {
    return deepQueryAll<E>(root, selector);
  }

  one<E extends Element = HTMLElement>(selector: string, root?: ParentNode): E | undefined {
    return this.all<E>(selector, root)[0];
  }

  text(selector?: string): string {
    return textOf(selector ? this.one(selector) : this.element.shadowRoot);
  }

  /** Waits until the list (or its empty state) is shown. */
  async loaded(): Promise<void> {
    await waitUntil(() => this.one('[part="list"], [part="empty"]') && !this.one('[part~="loading"]'), 'the sessions never loaded');
  }

  /** The list item of the session with this mentor (the first, if several). */
  async session(mentorName: string): Promise<HTMLElement> {
    await waitUntil(() => this.sessionNow(mentorName), `no session with ${mentorName}`, { timeout: 4000 });
    return this.sessionNow(mentorName)!;
  }

  sessionNow(mentorName: string): HTMLElement | undefined {
    return this.all('[part="session"]').find(item => textOf(item).includes(mentorName));
  }

  mentors(): string[] {
    return this.all('[part="session"] .title .muted').map(name => textOf(name).replace(/^· /, ''));
  }

  async press(item: HTMLElement, part: string): Promise<void> {
    const button = item.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (!button) throw new Error(`no ${part} button in "${textOf(item)}"`);
    button.click();
    await this.element.updateComplete;
  }

  async showPast(): Promise<void> {
    this.all('[part~="tab"]')[1].click();
    await this.element.updateComplete;
    await this.loaded();
  }

  notice(): string {
    return this.text('[part="notice"]');
  }
}
