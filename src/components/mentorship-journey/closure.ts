/**
 * The end of the programme: the closing form and the closed programme's summary (printable, and
 * downloadable as text). Fetched the first time either shows, so students mid-programme do not pay
 * for it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Goal, MentorshipProgram, MentorshipSession, ProgramClosure } from '../../client/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import '../../i18n/en/closure.js';
import { downloadFile } from '../../utils/download.js';
import { intl } from '../../utils/intl.js';
import { formatInZone } from '../../utils/time.js';
import type { ClosingDraft, ClosingErrors } from './closing.js';
import { printOnly } from './print.js';
import { summaryFile, summaryOf } from './summary.js';
import { adoptSheet } from '../../styles/base.js';

export { checkClosing, CLOSING_FIELDS, closingDraftOf, closingOf } from './closing.js';
// The closing's write goes through the controller every write does; both come with this code.
export { WriteController } from '../../controllers/write.js';
export { close } from '../../writes/close.js';

const styles = css`
  .closing,
  .field {
    display: grid;
    gap: var(--_space);
  }
  .closing p {
    margin: 0;
  }
  .field {
    gap: 6px;
  }
  textarea {
    width: 100%;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .field > label {
    font-weight: 600;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  /* Printing the summary (print.ts): the journey alone on the page, and of it only the summary. */
  @media print {
    :host([data-mentorship-printing]) {
      visibility: visible !important;
      position: absolute !important;
      inset: 0 auto auto 0 !important;
      width: 100% !important;
      background: #fff !important;
      color: #000 !important;
    }
    :host([data-mentorship-printing]) .journey > :not(header, .summary),
    :host([data-mentorship-printing]) .summary .actions {
      display: none;
    }
    :host([data-mentorship-printing]) .summary {
      border: 0;
      background: none;
      padding: 0;
    }
  }
`;

/** Adds the closure's look to the element's shadow root (constructed style sheets: fine under a strict CSP). */
export function adoptClosureStyles(root: ShadowRoot | null): void {
  adoptSheet(root, styles);
}

export interface ClosingFormView {
  localize: LocalizeController;
  draft: ClosingDraft;
  errors: ClosingErrors;
  busy: boolean;
  /** The achievements were filled in from the goals achieved (the form says so). */
  prefilled: boolean;
  /** Called with the changed answers after every keystroke or choice. */
  edit: (change: Partial<ClosingDraft>) => void;
  submit: (event: SubmitEvent) => void;
  cancel: () => void;
}

export function renderClosingForm(view: ClosingFormView): TemplateResult {
  const { localize, draft, errors, edit } = view;
  const text = (event: Event) => (event.target as HTMLTextAreaElement).value;
  const count = Object.keys(errors).length;
  const described = (id: string, field: keyof ClosingErrors) => (errors[field] ? `${id}-error` : nothing);
  const error = (id: string, field: keyof ClosingErrors) =>
    errors[field] ? html`<span id="${id}-error" part="field-error" class="field-error">${localize.term(errors[field])}</span>` : nothing;
  return html`<form part="closing-form" class="closing" novalidate aria-labelledby="closing-title" @submit=${view.submit}>
    <h4 id="closing-title">${localize.term('closingTitle')}</h4>
    <p class="muted">${localize.term('closingIntro')}</p>
    ${count ? html`<p class="notice notice--error" role="alert">${localize.term('closingErrors', count)}</p>` : nothing}
    <div class="field">
      <label for="closing-achievements">${localize.term('closingAchievements')}</label>
      <textarea
        id="closing-achievements"
        rows="3"
        maxlength="4000"
        aria-describedby=${view.prefilled ? 'closing-achievements-hint' : nothing}
        .value=${draft.achievements}
        @input=${(event: Event) => edit({ achievements: text(event) })}
      ></textarea>
      ${view.prefilled ? html`<small id="closing-achievements-hint" class="muted">${localize.term('closingAchievementsHint')}</small>` : nothing}
    </div>
    <div class="field">
      <label for="closing-summary">${localize.term('closingSummary')}</label>
      <textarea
        id="closing-summary"
        rows="3"
        maxlength="2000"
        aria-invalid=${errors.summary ? 'true' : 'false'}
        aria-describedby=${described('closing-summary', 'summary')}
        .value=${draft.summary}
        @input=${(event: Event) => edit({ summary: text(event) })}
      ></textarea>
      ${error('closing-summary', 'summary')}
    </div>
    <fieldset class="field" id="closing-rating" aria-describedby=${described('closing-rating', 'rating')}>
      <legend>${localize.term('closingRating')}</legend>
      <div class="choices">
        ${[1, 2, 3, 4, 5].map(
          stars => html`<label
            ><input
              type="radio"
              name="rating"
              .checked=${draft.rating === stars}
              aria-invalid=${errors.rating ? 'true' : 'false'}
              @change=${() => edit({ rating: stars })}
            />${localize.term('ratingValue', stars)}</label
          >`,
        )}
      </div>
      ${error('closing-rating', 'rating')}
    </fieldset>
    <div class="field">
      <label for="closing-comment">${localize.term('closingComment')}</label>
      <textarea id="closing-comment" rows="2" maxlength="2000" .value=${draft.comment} @input=${(event: Event) => edit({ comment: text(event) })}></textarea>
    </div>
    <div class="actions">
      <button part="button close-program" class="primary" type="submit" aria-disabled=${view.busy ? 'true' : 'false'}>
        ${localize.term(view.busy ? 'closingProgram' : 'closeProgram')}
      </button>
      <button part="button" type="button" @click=${view.cancel}>${localize.term('cancelClosing')}</button>
    </div>
  </form>`;
}

export interface SummaryView {
  localize: LocalizeController;
  timeZone: string;
  program: MentorshipProgram & { closed: ProgramClosure };
  past: MentorshipSession[];
  /** The student's goals, when the backend keeps them. */
  goals?: Goal[];
  /** The element that prints (the journey's host). */
  host: HTMLElement;
}

/** The summary's rows, as shown and as downloaded. */
function summaryRows({ localize, program, past, goals }: SummaryView): Array<[string, string | string[]]> {
  const summary = summaryOf(program, past);
  const { closure } = summary;
  const hours = intl(Intl.NumberFormat, localize.locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
  const mentors = intl(Intl.ListFormat, localize.locale, { type: 'conjunction' });
  const none = localize.term('summaryNone');
  const rows: Array<[string, string | string[]]> = [
    [localize.term('summaryAchievements'), closure.achievements.length ? closure.achievements : none],
    ...(goals?.length
      ? [
          [
            localize.term('summaryGoals'),
            localize.term(
              'goalsAchieved',
              goals.filter(goal => goal.status === 'achieved').length,
              goals.filter(goal => goal.status !== 'dropped').length,
            ),
          ] as [string, string],
        ]
      : []),
    [localize.term('summarySessions'), localize.term('sessionsHeld', summary.sessionsHeld, Math.max(0, program.sessionsPlanned))],
    [localize.term('summaryMentors'), summary.mentors.length ? mentors.format(summary.mentors) : none],
    [localize.term('summaryHours'), hours.format(summary.hours)],
    [localize.term('summaryNext'), closure.summary],
  ];
  // A rating the backend sent that could not be read is left out (0), not shown as "0 out of 5".
  if (closure.rating >= 1) rows.push([localize.term('summaryRating'), localize.term('ratingValue', closure.rating)]);
  if (closure.comment) rows.push([localize.term('summaryComment'), closure.comment]);
  return rows;
}

export function renderSummary(view: SummaryView): TemplateResult {
  const { localize, program } = view;
  const rows = summaryRows(view);
  const title = localize.term('summaryTitle', program.name);
  const closedOn = Number.isNaN(Date.parse(program.closed.at))
    ? ''
    : localize.term('summaryClosedOn', formatInZone(program.closed.at, localize.locale, view.timeZone, { dateStyle: 'long' }));
  const download = () =>
    downloadFile(
      view.host.shadowRoot!,
      'mentoring-summary.txt',
      summaryFile([title, closedOn].filter(Boolean).join(' · '), rows),
      'text/plain;charset=utf-8',
    );
  return html`<article part="summary" class="summary" aria-labelledby="summary-title">
    <h4 id="summary-title">${title}</h4>
    ${closedOn ? html`<p class="muted">${closedOn}</p>` : nothing}
    <dl>
      ${rows.map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${Array.isArray(value) ? html`<ul>${value.map(item => html`<li>${item}</li>`)}</ul>` : value}</dd>`,
      )}
    </dl>
    <div class="actions">
      <button part="button print-summary" type="button" @click=${() => printOnly(view.host)}>${localize.term('printSummary')}</button>
      <button part="button download-summary" type="button" @click=${download}>${localize.term('downloadSummary')}</button>
    </div>
  </article>`;
}
