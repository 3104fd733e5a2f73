/**
 * The report after a session: did it take place (which decides the student's credit, said before
 * sending), what was covered, the next steps, progress on the session's goal, and feedback for the
 * student. Fetched with the first session that waits for a report, with its styles: a desk of
 * upcoming sessions does not carry it. What the mentor typed is kept until the backend has it: a
 * refusal, a lost answer or closing the form loses nothing.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Attendance, MentorSession, MentorshipClient, ReportField } from '../../client/types.js';
import { WriteController, type WriteAccess } from '../../controllers/write.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { can } from '../../client/can.js';
import { adoptSheet } from '../../styles/base.js';
import { fullDateTimeOf } from '../../utils/time.js';
import { report } from '../../writes/report.js';

const styles = css`
  .report {
    display: grid;
    gap: 10px;
    justify-items: stretch;
    text-align: start;
  }
  .report h3 {
    margin: 0;
    font-size: 1rem;
  }
  .report fieldset {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .report legend {
    font-weight: 600;
    padding: 0;
  }
  .report .choice {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .report .choice input {
    min-height: 0;
    margin: 3px 0 0;
    accent-color: var(--_accent);
  }
  .report label:not(.choice) {
    display: grid;
    gap: 4px;
    font-weight: 600;
  }
  .report small {
    font-weight: 400;
    color: var(--_muted);
  }
  .report .field-error {
    color: var(--_danger);
  }
  .report textarea {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
  }
  .report input[type='range'] {
    width: 100%;
    accent-color: var(--_accent);
  }
`;

type Field = 'attendance' | 'summary';

interface Draft {
  attendance?: Attendance;
  summary: string;
  actionItems: string;
  goalProgress?: number;
  wentWell: string;
  toWorkOn: string;
  errors: Partial<Record<Field, 'chooseAttendance' | 'summaryRequired'>>;
}

const CHOICES: ReadonlyArray<[Attendance, 'attendanceHeldChoice' | 'attendanceStudentAbsentChoice' | 'attendanceMentorAbsentChoice']> = [
  ['held', 'attendanceHeldChoice'],
  ['student-absent', 'attendanceStudentAbsentChoice'],
  ['mentor-absent', 'attendanceMentorAbsentChoice'],
];

/** What the form reads from `<mentor-desk>` and tells it. */
export interface ReportAccess {
  host: ReactiveControllerHost & HTMLElement;
  localize: LocalizeController;
  client(): MentorshipClient | undefined;
  /** What the desk's one write path needs of it (the element's `writeAccess`). */
  writeAccess: WriteAccess;
  /** The report is in the backend: the desk closes the form and shows the session as reported. */
  sent(session: MentorSession): void;
  /** "Close": the form goes, its draft stays. */
  close(session: MentorSession): void;
  /** The mentor's zone, for the report's deadline. */
  timeZone(): string;
}

export class ReportForms {
  readonly #access: ReportAccess;
  readonly #drafts = new Map<string, Draft>();
  /**
   * The desk's one write path, here with the only write it makes: a desk that is only read never
   * fetches it. Its notices show at the desk (`notice`).
   */
  readonly #writes: WriteController;

  constructor(access: ReportAccess) {
    this.#access = access;
    this.#writes = new WriteController(access.writeAccess);
    adoptSheet(access.host.shadowRoot, styles);
  }

  /** The write's notice at a session (or at the top, without `at`). */
  notice(at?: string): TemplateResult | typeof nothing {
    return this.#writes.renderNotice(at);
  }

  /** Drops what was said (another list shown). */
  quiet(): void {
    this.#writes.notice = undefined;
  }

  /** The draft of a session: a new one starts from the report it has (an edit), else empty. */
  #draftOf(session: MentorSession): Draft {
    let draft: Draft | undefined = this.#drafts.get(session.id);
    if (!draft) {
      const sent = session.report;
      const attendance = CHOICES.find(([value]) => value === sent?.attendance)?.[0];
      draft = {
        attendance,
        summary: sent?.summary ?? '',
        actionItems: sent?.actionItems.join('\n') ?? '',
        goalProgress: sent?.goalProgress ?? session.goal?.progress,
        wentWell: sent?.feedback.wentWell ?? '',
        toWorkOn: sent?.feedback.toWorkOn ?? '',
        errors: {},
      };
      this.#drafts.set(session.id, draft);
    }
    return draft;
  }

  #change(session: MentorSession, change: Partial<Draft>): void {
    const draft = this.#draftOf(session);
    Object.assign(draft, change);
    // An error goes as soon as its field is mended.
    if (draft.attendance) delete draft.errors.attendance;
    if (draft.attendance !== 'held' || draft.summary.trim()) delete draft.errors.summary;
    this.#access.host.requestUpdate();
  }

  /** Whether the backend keeps this part of a report (`capabilities.reportFields`; absent: every part). */
  #keeps(field: ReportField): boolean {
    const fields = this.#access.client()?.capabilities.reportFields;
    return !fields || fields.includes(field);
  }

  render(session: MentorSession): TemplateResult {
    const { localize } = this.#access;
    const keeps = (field: ReportField) => this.#keeps(field);
    const writes = this.#writes;
    const draft = this.#draftOf(session);
    const id = (name: string) => `${name}-${session.id}`;
    const name = session.student.name;
    const text = (event: Event) => (event.target as HTMLTextAreaElement).value;
    const error = (field: Field) =>
      draft.errors[field]
        ? html`<small id=${id(`${field}-error`)} part="field-error" class="field-error">${localize.term(draft.errors[field])}</small>`
        : nothing;
    const credit =
      draft.attendance === 'mentor-absent'
        ? localize.term('creditReturned', name)
        : draft.attendance === 'student-absent'
          ? session.studentAbsentCredit === 'returned'
            ? localize.term('creditReturned', name)
            : session.studentAbsentCredit === 'spent'
              ? localize.term('creditSpent', name)
              : localize.term('creditUnsaid', name)
          : '';
    const held = draft.attendance !== 'student-absent' && draft.attendance !== 'mentor-absent';
    const goal = keeps('goalProgress') ? session.goal : null;
    const until = session.report?.editableUntil;
    return html`<form
      part="report"
      class="state report"
      novalidate
      aria-labelledby=${id('report-title')}
      @submit=${(event: SubmitEvent) => this.#submit(event, session)}
    >
      <h3 id=${id('report-title')}>${localize.term('reportTitle', name)}</h3>
      <fieldset
        part="attendance"
        aria-invalid=${draft.errors.attendance ? 'true' : 'false'}
        aria-describedby=${[draft.errors.attendance ? id('attendance-error') : '', credit ? id('credit') : ''].join(' ').trim() || nothing}
      >
        <legend>${localize.term('attendanceQuestion')}</legend>
        ${CHOICES.map(
          ([value, label]) => html`<label class="choice">
            <input
              type="radio"
              name=${id('attendance')}
              value=${value}
              .checked=${draft.attendance === value}
              @change=${() => this.#change(session, { attendance: value })}
            />
            <span>${localize.term(label, name)}</span>
          </label>`,
        )}
        ${error('attendance')}
      </fieldset>
      ${credit ? html`<p id=${id('credit')} part="credit">${credit}</p>` : nothing}
      ${
        keeps('summary')
          ? html`<label>
        <span>${localize.term(held ? 'summaryLabel' : 'notesLabel')}</span>
        <small id=${id('summary-hint')}>${localize.term('summaryHint', name)}</small>
        <textarea
          name="summary"
          rows="3"
          maxlength="4000"
          .value=${draft.summary}
          aria-invalid=${draft.errors.summary ? 'true' : 'false'}
          aria-describedby=${draft.errors.summary ? `${id('summary-error')} ${id('summary-hint')}` : id('summary-hint')}
          @input=${(event: Event) => this.#change(session, { summary: text(event) })}
        ></textarea>
        ${error('summary')}
      </label>`
          : nothing
      }
      ${
        keeps('actionItems')
          ? html`<label>
        <span>${localize.term('actionItemsLabel')}</span>
        <small id=${id('steps-hint')}>${localize.term('actionItemsHint')}</small>
        <textarea
          name="action-items"
          rows="3"
          .value=${draft.actionItems}
          aria-describedby=${id('steps-hint')}
          @input=${(event: Event) => this.#change(session, { actionItems: text(event) })}
        ></textarea>
      </label>`
          : nothing
      }
      ${
        goal
          ? html`<label>
            <span>${localize.term('goalProgressReport', goal.title)}</span>
            <input
              type="range"
              name="goal-progress"
              min="0"
              max="100"
              step="5"
              .value=${String(draft.goalProgress ?? goal.progress)}
              aria-valuetext=${localize.term('goalDone', draft.goalProgress ?? goal.progress)}
              @input=${(event: Event) => this.#change(session, { goalProgress: Number(text(event)) })}
            />
            <small>${localize.term('goalDone', draft.goalProgress ?? goal.progress)}</small>
          </label>`
          : nothing
      }
      ${
        keeps('feedback')
          ? html`<label>
        <span>${localize.term('feedbackWentWell')}</span>
        <small>${localize.term('feedbackHint', name)}</small>
        <textarea
          name="went-well"
          rows="2"
          maxlength="2000"
          .value=${draft.wentWell}
          @input=${(event: Event) => this.#change(session, { wentWell: text(event) })}
        ></textarea>
      </label>
      <label>
        <span>${localize.term('feedbackToWorkOn')}</span>
        <textarea
          name="to-work-on"
          rows="2"
          maxlength="2000"
          .value=${draft.toWorkOn}
          @input=${(event: Event) => this.#change(session, { toWorkOn: text(event) })}
        ></textarea>
      </label>`
          : nothing
      }
      ${until ? html`<p class="muted small">${localize.term('editableUntil', this.#when(until))}</p>` : nothing}
      <div class="actions">
        <button part="button send-report" class="primary" type="submit" aria-disabled=${writes.busy ? 'true' : 'false'}>
          ${localize.term(writes.busy ? 'sendingReport' : session.report ? 'saveReport' : 'sendReport')}
        </button>
        <button part="button close-report" type="button" @click=${() => this.#access.close(session)}>${localize.term('closeReport')}</button>
      </div>
    </form>`;
  }

  #when(instant: string): string {
    return fullDateTimeOf(instant, this.#access.localize.locale, this.#access.timeZone());
  }

  async #submit(event: SubmitEvent, session: MentorSession): Promise<void> {
    event.preventDefault();
    const { localize, host } = this.#access;
    const writes = this.#writes;
    const client = this.#access.client();
    if (writes.busy || !can(client, 'submitSessionReport') || !can(client, 'listMentorSessions')) return;
    const draft = this.#draftOf(session);
    draft.errors = {};
    if (!draft.attendance) draft.errors.attendance = 'chooseAttendance';
    else if (draft.attendance === 'held' && this.#keeps('summary') && !draft.summary.trim()) draft.errors.summary = 'summaryRequired';
    if (!draft.attendance || draft.errors.summary) {
      host.requestUpdate();
      await host.updateComplete;
      // The keyboard on the first field to mend.
      host.shadowRoot
        ?.querySelector<HTMLElement>(`[part~="report"] ${draft.errors.attendance ? 'input[type="radio"]' : 'textarea[name="summary"]'}`)
        ?.focus();
      return;
    }
    const items = draft.actionItems
      .split('\n')
      .map(item => item.trim())
      .filter(Boolean);
    await writes.write(
      report,
      {
        client,
        session,
        // Only the parts the backend keeps: one it does not keep would refuse the whole report.
        report: {
          attendance: draft.attendance,
          summary: this.#keeps('summary') ? draft.summary.trim() : undefined,
          actionItems: this.#keeps('actionItems') ? items : undefined,
          goalProgress: session.goal && this.#keeps('goalProgress') ? draft.goalProgress : undefined,
          feedback: this.#keeps('feedback') ? { wentWell: draft.wentWell.trim(), toWorkOn: draft.toWorkOn.trim() } : undefined,
        },
      },
      {
        said: () =>
          this.#access.client()?.capabilities.reportFields?.length === 0
            ? localize.term('attendanceSaved')
            : localize.term('reportSent', session.student.name),
        at: session.id,
        saidAt: session.id,
        settled: outcome => {
          if (outcome.status !== 'done') return;
          this.#drafts.delete(session.id);
          this.#access.sent(outcome.value);
        },
      },
    );
  }
}
