/**
 * The goal form, in place: one field per SMART letter, each with a hint in plain words, its error
 * beside it (`aria-invalid`, `aria-describedby`), and the action plan as a list of steps. Fetched when
 * the student first opens it, with its strings and styles: reading goals does not load it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import '../../i18n/en/goal-form.js';
import { datePartsStyles, renderDateParts } from '../../base/date-parts.js';
import type { GoalDraft, GoalErrors } from './draft.js';
import { adoptSheet } from '../../styles/base.js';

// The draft's checks come with the form: the list of goals does not need them until it opens.
export { CHECKED_FIELDS, checkDraft, draftOf, inputOf } from './draft.js';

const styles = css`
  .step-inputs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .field {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field label,
  .field legend {
    font-weight: 600;
    padding: 0;
  }
  .field small {
    font-size: 0.75rem;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .step-inputs li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 6px;
  }
  .field input,
  .field textarea {
    width: 100%;
  }
  .add-step {
    justify-self: start;
  }
`;

/** Adds the form's look to the element's shadow root (constructed style sheets: fine under a strict CSP). */
export function adoptFormStyles(root: ShadowRoot | null): void {
  adoptSheet(root, styles);
  adoptSheet(root, datePartsStyles);
}

export interface GoalFormView {
  localize: LocalizeController;
  draft: GoalDraft;
  errors: GoalErrors;
  /** The first day a new goal may take (tomorrow in the student's zone): its year is the first offered. */
  minDate: string;
  busy: boolean;
  /** Called with the draft after every keystroke. */
  edit: (draft: GoalDraft) => void;
  submit: (event: SubmitEvent) => void;
  cancel: () => void;
}

type TextField = 'title' | 'why' | 'successCriteria';

/**
 * "By when?" as day, month and year in the widget's language (base/date-parts.ts): a native date input
 * speaks the browser's. The years offered start at `minDate`'s, and include a kept goal's own.
 */
function dateField(view: GoalFormView, label: string, hint: string): TemplateResult {
  const { localize, draft, errors } = view;
  const error = errors.targetDate;
  return html`<fieldset class="field" aria-describedby=${`targetDate-hint${error ? ' targetDate-error' : ''}`}>
    <legend>${label}</legend>
    <small id="targetDate-hint" class="muted">${hint}</small>
    ${renderDateParts({
      locale: localize.locale,
      value: draft.targetDate,
      firstYear: Number(view.minDate.slice(0, 4)),
      id: 'targetDate',
      invalid: !!error,
      change: targetDate => view.edit({ ...draft, targetDate }),
    })}
    ${error ? html`<small id="targetDate-error" part="field-error" class="field-error">${localize.term(error)}</small>` : nothing}
  </fieldset>`;
}

function field(view: GoalFormView, name: TextField, label: string, hint: string, control: 'input' | 'textarea'): TemplateResult {
  const { localize, draft, errors } = view;
  const error = errors[name as keyof GoalErrors];
  const describedBy = `${name}-hint${error ? ` ${name}-error` : ''}`;
  const update = (event: Event) => view.edit({ ...draft, [name]: (event.target as HTMLInputElement).value });
  const control_ =
    control === 'textarea'
      ? html`<textarea id=${name} name=${name} rows="2" maxlength="2000" aria-describedby=${describedBy} aria-invalid=${error ? 'true' : 'false'} .value=${draft[name]} @input=${update}></textarea>`
      : html`<input
          id=${name}
          name=${name}
          type="text"
          maxlength="200"
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : 'false'}
          ?required=${name !== 'why'}
          .value=${draft[name]}
          @input=${update}
        />`;
  return html`<div class="field">
    <label for=${name}>${label}</label>
    <small id="${name}-hint" class="muted">${hint}</small>
    ${control_} ${error ? html`<small id="${name}-error" part="field-error" class="field-error">${localize.term(error)}</small>` : nothing}
  </div>`;
}

export function renderGoalForm(view: GoalFormView): TemplateResult {
  const { localize, draft, errors, busy } = view;
  const errorCount = Object.keys(errors).length;
  const steps = draft.steps;
  const setSteps = (next: GoalDraft['steps']) => view.edit({ ...draft, steps: next });
  return html`<form part="goal-form" class="goal-form" novalidate @submit=${view.submit}>
    ${errorCount ? html`<p class="notice notice--error" role="alert">${localize.term('fixFields', errorCount)}</p>` : nothing}
    ${field(view, 'title', localize.term('goalTitleLabel'), localize.term('goalTitleHint'), 'input')}
    ${field(view, 'why', localize.term('goalWhyLabel'), localize.term('goalWhyHint'), 'textarea')}
    ${field(view, 'successCriteria', localize.term('goalCriteriaLabel'), localize.term('goalCriteriaHint'), 'textarea')}
    ${dateField(view, localize.term('goalDateLabel'), localize.term('goalDateHint'))}
    <fieldset class="field steps-field" aria-describedby="steps-hint">
      <legend>${localize.term('goalStepsLabel')}</legend>
      <small id="steps-hint" class="muted">${localize.term('goalStepsHint')}</small>
      <ol class="step-inputs">
        ${steps.map(
          (step, index) => html`<li>
            <input
              type="text"
              maxlength="200"
              aria-label=${localize.term('stepLabel', index + 1)}
              .value=${step.title}
              @input=${(event: Event) =>
                setSteps(steps.map((each, at) => (at === index ? { ...each, title: (event.target as HTMLInputElement).value } : each)))}
            />
            <button
              part="button remove-step"
              type="button"
              aria-label=${localize.term('removeStep', index + 1)}
              @click=${() => setSteps(steps.filter((_, at) => at !== index))}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </li>`,
        )}
      </ol>
      <button part="button add-step" type="button" @click=${() => setSteps([...steps, { title: '', done: false }])}>
        ${localize.term('addStep')}
      </button>
    </fieldset>
    <label class="check">
      <input type="checkbox" .checked=${draft.shared} @change=${(event: Event) => view.edit({ ...draft, shared: (event.target as HTMLInputElement).checked })} />
      ${localize.term('shareGoal')}
    </label>
    <div class="actions">
      <button part="button save-goal" class="primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${localize.term(busy ? 'saving' : 'saveGoal')}</button>
      <button part="button cancel-goal" type="button" @click=${view.cancel}>${localize.term('cancel')}</button>
    </div>
  </form>`;
}
