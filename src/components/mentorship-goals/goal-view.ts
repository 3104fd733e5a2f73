/**
 * One goal, read: its title and status, target date, progress (a progress bar, or a slider for a goal
 * without steps), why and when it is done, its action plan to tick off, the sessions booked for it
 * with the mentor's summary, and what can be done with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Goal, GoalInput } from '../../client/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { formatInZone } from '../../utils/time.js';

export interface GoalViewContext {
  localize: LocalizeController;
  /** The student's zone, for the sessions' dates. */
  timeZone: string;
  /** The student's day, `YYYY-MM-DD`: a goal still active after its date is marked. */
  today: string;
  /** A write is pending: what would start another waits. */
  busy: boolean;
  /** Where "Book a session for this goal" leads, or `undefined` to dispatch the request only. */
  bookingHref: (goal: Goal) => string | undefined;
  save: (goal: Goal, change: Partial<GoalInput>) => void;
  edit: (goal: Goal) => void;
  book: (goal: Goal, event: Event) => void;
}

const KNOWN_STATUS = { active: 'goalStatusActive', achieved: 'goalStatusAchieved', dropped: 'goalStatusDropped' } as const;

/** A calendar day for people ("Dec 18, 2026"): the same day in every zone, so formatted at noon UTC. */
export function dayForPeople(day: string, locale: string): string {
  return formatInZone(`${day}T12:00:00Z`, locale, 'UTC', { day: 'numeric', month: 'short', year: 'numeric' });
}

function renderProgress(goal: Goal, context: GoalViewContext): TemplateResult {
  const { localize } = context;
  const label = localize.term('goalProgress', goal.title);
  const text = localize.term('percentDone', goal.progress);
  // A goal without steps is moved by hand while it is active; one with steps counts them.
  if (!goal.steps.length && goal.status === 'active') {
    return html`<label class="progress">
      <span class="visually-hidden">${label}</span>
      <input
        part="progress"
        type="range"
        min="0"
        max="100"
        step="10"
        .value=${String(goal.progress)}
        aria-valuetext=${text}
        ?disabled=${context.busy}
        @change=${(event: Event) => context.save(goal, { progress: Number((event.target as HTMLInputElement).value) })}
      />
      <span aria-hidden="true">${text}</span>
    </label>`;
  }
  return html`<div class="progress">
    <progress part="progress" max="100" .value=${goal.progress} aria-label=${label} aria-valuetext=${text}></progress>
    <span aria-hidden="true">${text}</span>
  </div>`;
}

function renderSteps(goal: Goal, context: GoalViewContext): TemplateResult | typeof nothing {
  if (!goal.steps.length) return nothing;
  const editable = goal.status === 'active';
  return html`<ul part="steps" class="steps">
    ${goal.steps.map(
      (step, index) => html`<li>
        <label class="check">
          <input
            type="checkbox"
            .checked=${step.done}
            ?disabled=${!editable || context.busy}
            @change=${(event: Event) =>
              context.save(goal, {
                steps: goal.steps.map((each, at) => (at === index ? { ...each, done: (event.target as HTMLInputElement).checked } : each)),
              })}
          />
          <span class=${step.done ? 'done' : ''}>${step.title}</span>
        </label>
      </li>`,
    )}
  </ul>`;
}

function renderSessions(goal: Goal, context: GoalViewContext): TemplateResult | typeof nothing {
  if (!goal.sessions.length) return nothing;
  const { localize, timeZone } = context;
  return html`<details part="goal-sessions" class="goal-sessions">
    <summary>${localize.term('goalSessions')} (${goal.sessions.length})</summary>
    <ul>
      ${goal.sessions.map(
        session => html`<li>
          <p class="when">
            ${localize.term(
              'sessionOn',
              formatInZone(session.startsAt, localize.locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }),
              session.mentor.name,
            )}
          </p>
          ${
            session.summary
              ? html`<p part="summary"><span class="visually-hidden">${localize.term('mentorSummary')}: </span>${session.summary}</p>`
              : nothing
          }
          ${
            session.actionItems.length
              ? html`<p class="muted">${localize.term('actionItems')}</p>
                <ul part="action-items">
                  ${session.actionItems.map(item => html`<li>${item}</li>`)}
                </ul>`
              : nothing
          }
        </li>`,
      )}
    </ul>
  </details>`;
}

export function renderGoal(goal: Goal, context: GoalViewContext): TemplateResult {
  const { localize, busy } = context;
  const status = KNOWN_STATUS[goal.status as keyof typeof KNOWN_STATUS];
  const overdue = goal.status === 'active' && goal.targetDate < context.today;
  const href = context.bookingHref(goal);
  const book = (event: Event) => context.book(goal, event);
  return html`<article class="goal">
    <header class="goal-head">
      <h4 data-goal=${goal.id} tabindex="-1">${goal.title}</h4>
      ${goal.status === 'active' ? nothing : html`<span part="goal-status" class="status">${status ? localize.term(status) : goal.status}</span>`}
    </header>
    <p class="meta">
      <span class=${overdue ? 'overdue' : ''}>${localize.term('goalBy', dayForPeople(goal.targetDate, localize.locale))}</span>
      ${overdue ? html` · <span class="overdue">${localize.term('goalOverdue')}</span>` : nothing} ·
      <span class="muted">${localize.term(goal.shared ? 'goalShared' : 'goalPrivate')}</span>
    </p>
    ${renderProgress(goal, context)}
    <dl class="smart">
      ${
        goal.why
          ? html`<dt>${localize.term('goalWhy')}</dt>
            <dd>${goal.why}</dd>`
          : nothing
      }
      ${
        goal.successCriteria
          ? html`<dt>${localize.term('goalDoneWhen')}</dt>
            <dd>${goal.successCriteria}</dd>`
          : nothing
      }
    </dl>
    ${renderSteps(goal, context)} ${renderSessions(goal, context)}
    ${
      status
        ? html`<div class="actions">
          ${
            goal.status === 'active'
              ? html`${
                  href
                    ? html`<a part="button book-for-goal" class="button primary" href=${href} @click=${book}>${localize.term('bookForGoal')}</a>`
                    : html`<button part="button book-for-goal" class="primary" type="button" @click=${book}>${localize.term('bookForGoal')}</button>`
                }
                <button part="button achieve-goal" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => context.save(goal, { status: 'achieved' })}>
                  ${localize.term('markAchieved')}
                </button>
                <button part="button drop-goal" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => context.save(goal, { status: 'dropped' })}>
                  ${localize.term('dropGoal')}
                </button>`
              : html`<button part="button reopen-goal" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => context.save(goal, { status: 'active' })}>
                ${localize.term('reopenGoal')}
              </button>`
          }
          <button part="button edit-goal" type="button" aria-label=${localize.term('editGoal', goal.title)} @click=${() => context.edit(goal)}>
            ${localize.term('edit')}
          </button>
        </div>`
        : nothing
    }
  </article>`;
}

/** A goal changed by one edit of its own (a step ticked, the progress moved, the status), as input to save. */
export function changed(goal: Goal, change: Partial<GoalInput>): GoalInput {
  const { id, title, why, successCriteria, targetDate, steps, shared, progress, status } = goal;
  return { id, title, why, successCriteria, targetDate, steps, shared, progress, status, ...change };
}
