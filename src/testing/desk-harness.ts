import type { MentorDesk } from '../components/mentor-desk/mentor-desk.js';
import type { Attendance } from '../client/types.js';
import { Harness, textOf, until } from './harness.js';

/** What a mentor writes in a report; only `attendance` is needed (and `summary` for a held session). */
export interface ReportAnswers {
  attendance: Attendance;
  summary?: string;
  /** One per line in the form. */
  actionItems?: string[];
  wentWell?: string;
  toWorkOn?: string;
}

const CHOICE: Record<Attendance, number> = { held: 0, 'student-absent': 1, 'mentor-absent': 2 };

/** `<mentor-desk>`: find a session by its student, read its context, write its report. */
export class MentorDeskHarness extends Harness<MentorDesk> {
  /** Waits until the list (or its empty state, or an error) is shown. */
  async loaded(): Promise<void> {
    await until(() => this.one('[part="list"], [part="empty"], [part~="error"]') && !this.loading(), 'the sessions never loaded');
  }

  /** The students of the sessions listed, in order. */
  students(): string[] {
    return this.all('[part="session"] strong bdi').map(name => textOf(name));
  }

  /** The list item of the first session with this student. */
  async session(studentName: string): Promise<HTMLElement> {
    return until(
      () => this.all('[part="session"]').find(item => textOf(item.querySelector('strong bdi')) === studentName),
      `no session with ${studentName}`,
    );
  }

  /** What the session's "About …" says (opened first if it is closed). */
  async context(studentName: string): Promise<string> {
    const details = (await this.session(studentName)).querySelector<HTMLDetailsElement>('[part="context"]');
    if (!details) throw new Error(`no context for ${studentName}`);
    details.open = true;
    return textOf(details);
  }

  async showPast(): Promise<void> {
    this.all('[part~="tab"]')[1].click();
    await this.element.updateComplete;
    await this.loaded();
  }

  /** The report form of the session with this student, opening it if needed. */
  async reportForm(studentName: string): Promise<HTMLFormElement> {
    const item = await this.session(studentName);
    item.querySelector<HTMLElement>('[part~="write-report"]')?.click();
    return until(
      () => (this.loading() ? null : item.querySelector<HTMLFormElement>(`[part="report"]`)),
      `no report form for ${studentName}`,
    );
  }

  /** Fills the report of the session with this student and sends it; waits for the answer's notice. */
  async report(studentName: string, answers: ReportAnswers): Promise<void> {
    const form = await this.reportForm(studentName);
    form.querySelectorAll<HTMLInputElement>('[part="attendance"] input')[CHOICE[answers.attendance]].click();
    const type = (name: string, value: string | undefined) => {
      const field = form.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`);
      if (value === undefined || !field) return;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type('summary', answers.summary);
    type('action-items', answers.actionItems?.join('\n'));
    type('went-well', answers.wentWell);
    type('to-work-on', answers.toWorkOn);
    await this.element.updateComplete;
    form.querySelector<HTMLElement>('[part~="send-report"]')!.click();
    await until(() => this.text('[part="notice"]'), 'the report never got an answer');
  }

  notice(): string {
    return this.text('[part="notice"]');
  }
}
