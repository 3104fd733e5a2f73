/**
 * The form after a session. For backends with `capabilities.checkIns`, the check-in: the rating and a
 * comment, progress on the goal the session was booked for (its steps to tick, or a slider), and
 * whether the mentor is a good fit; "Not a good fit" then offers "Find another mentor". For backends
 * that take only a rating (`capabilities.feedback`), the stars and the comment. Fetched with the first
 * past session waiting for one, with its strings, styles and (for a check-in) the student's goals:
 * a list of sessions does not carry a form most visits never show.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Goal, MentorFit, MentorshipClient, MentorshipSession } from '../../client/types.js';
import type { WriteController, WriteOptions } from '../../controllers/write.js';
import { LoadController } from '../../controllers/load.js';
import type { LocalizeController } from '../../controllers/localize.js';
import { RematchRequestEvent } from '../../events/rematch-request.js';
import { ask } from '../../base/routing.js';
import '../../i18n/en/check-in.js';
import { renderStars } from './stars.js';
import { adoptSheet } from '../../styles/base.js';
import { can, type With } from '../../client/can.js';
import { checkIn, rate } from '../../writes/check-in.js';

// The form's look comes with its code: the list without a form to fill does not carry it.
const styles = css`
  .stars {
    display: flex;
    gap: 2px;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .stars legend {
    padding: 0;
    margin-bottom: 4px;
    font-weight: 600;
  }
  .star {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-width: 32px;
    min-height: 32px;
    font-size: 1.375rem;
    color: var(--_accent);
    cursor: pointer;
  }
  .star input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .star:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .comment {
    display: grid;
    gap: 4px;
    justify-self: stretch;
    font-size: 0.875rem;
  }
  .check-in fieldset:not(.stars) {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .check-in legend {
    font-weight: 600;
    padding: 0;
  }
  .check-in .choice {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .check-in .choice input {
    min-height: 0;
    margin: 3px 0 0;
    accent-color: var(--_accent);
  }
  .check-in input[type='range'] {
    width: 100%;
    accent-color: var(--_accent);
  }
`;

/** Whether the backend takes check-ins (else the form is the rating alone). */
const checksIn = (client: MentorshipClient | undefined): client is With<'submitCheckIn'> =>
  !!client?.capabilities.checkIns && can(client, 'submitCheckIn');

const FITS: ReadonlyArray<[MentorFit, 'fitGood' | 'fitUnsure' | 'fitPoor']> = [
  ['good', 'fitGood'],
  ['unsure', 'fitUnsure'],
  ['poor', 'fitPoor'],
];

/** What the check-in reads from `<mentorship-sessions>` and may ask of it. */
export interface CheckInAccess {
  host: ReactiveControllerHost & HTMLElement;
  localize: LocalizeController;
  client(): MentorshipClient | undefined;
  /** The sessions' one write at a time (cancel, rate, check in), and its notice. */
  writes: WriteController;
  /** How a write on a session ends (see the element's `#after`). */
  after(session: MentorshipSession, said: () => string, saidAt?: string): WriteOptions<MentorshipSession>;
  /** A backend call as the element makes it: failures reported once. */
  call<T>(operation: string, signal: AbortSignal, work: () => Promise<T>): Promise<T>;
  /** Whether the past sessions are shown (the goals load only then). */
  showingPast(): boolean;
}

interface Answers {
  rating?: number;
  fit?: MentorFit;
  /** Ids of the goal's steps ticked now. */
  steps: string[];
  progress?: number;
}

export class CheckIns {
  readonly #access: CheckInAccess;
  /** What the student has answered so far, by session id. */
  readonly #answers = new Map<string, Answers>();
  /** Sessions whose check-in said "not a good fit": they offer "Find another mentor". */
  readonly #poorFit = new Set<string>();
  /** The student's goals, to report progress on the one a session was booked for. */
  readonly #goals: LoadController<readonly [MentorshipClient | undefined, boolean], Goal[]>;

  constructor(access: CheckInAccess) {
    this.#access = access;
    adoptSheet(access.host.shadowRoot, styles);
    this.#goals = new LoadController(access.host, {
      task: async ([client, past], { signal }) => {
        if (!past || !checksIn(client) || !client?.capabilities.goals || !client.listGoals) return [];
        // Without the goals the check-in still works: only the progress part is left out.
        return access.call('goals', signal, () => client.listGoals!({ signal })).catch((): Goal[] => []);
      },
      args: () => [access.client(), access.showingPast()] as const,
    });
  }

  #answersOf(session: MentorshipSession): Answers {
    let answers = this.#answers.get(session.id);
    if (!answers) this.#answers.set(session.id, (answers = { steps: [] }));
    return answers;
  }

  #answer(session: MentorshipSession, change: Partial<Answers>): void {
    Object.assign(this.#answersOf(session), change);
    this.#access.host.requestUpdate();
  }

  /** The check-in form of a session that ended and has none; after one, "Find another mentor" if it was a poor fit. */
  render(session: MentorshipSession): TemplateResult | typeof nothing {
    const { localize } = this.#access;
    if (this.#poorFit.has(session.id)) {
      return html`<div part="rematch" class="state">
        <p>${localize.term('rematchHint')}</p>
        <button part="button rematch" class="primary" type="button" @click=${() => this.#rematch(session)}>
          ${localize.term('findAnotherMentor')}
        </button>
      </div>`;
    }
    if (session.status !== 'completed' || session.feedback || session.checkIn) return nothing;
    const answers = this.#answersOf(session);
    const busy = this.#access.writes.busy;
    const stars = renderStars(localize, session.id, answers.rating, rating => this.#answer(session, { rating }));
    const comment = html`<label class="comment">
      <span>${localize.term('feedbackComment')}</span>
      <textarea name="comment" maxlength="2000" rows="2"></textarea>
    </label>`;
    if (!checksIn(this.#access.client())) {
      return html`<form part="feedback" class="state" @submit=${(event: SubmitEvent) => this.#submit(event, session)}>
        ${stars} ${comment}
        <button part="button send-feedback" class="primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${localize.term(busy ? 'sending' : 'sendFeedback')}
        </button>
      </form>`;
    }
    return html`<form part="feedback check-in" class="state check-in" @submit=${(event: SubmitEvent) => this.#submit(event, session)}>
      <p><strong>${localize.term('checkInTitle')}</strong></p>
      ${stars} ${this.#renderGoalProgress(session, answers)}
      <fieldset>
        <legend>${localize.term('fitQuestion')}</legend>
        ${FITS.map(
          ([fit, label]) => html`<label class="choice">
            <input
              type="radio"
              name="fit-${session.id}"
              .value=${fit}
              .checked=${answers.fit === fit}
              @change=${() => this.#answer(session, { fit })}
            />
            ${localize.term(label)}
          </label>`,
        )}
      </fieldset>
      ${comment}
      <button part="button send-feedback" class="primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${localize.term(busy ? 'sending' : 'sendCheckIn')}
      </button>
    </form>`;
  }

  /** The session's goal: the steps not done yet to tick, or a slider for a goal without steps. */
  #renderGoalProgress(session: MentorshipSession, answers: Answers): TemplateResult | typeof nothing {
    const goal = this.#goals.value?.find(each => each.id === session.goal);
    if (!goal || goal.status !== 'active') return nothing;
    const { localize } = this.#access;
    const open = goal.steps.filter(step => !step.done);
    if (goal.steps.length && !open.length) return nothing;
    const progress = answers.progress ?? goal.progress;
    return html`<fieldset part="goal-progress">
      <legend>${localize.term('goalProgressLegend', goal.title)}</legend>
      ${
        open.length
          ? html`<small class="muted">${localize.term('stepsDoneHint')}</small>
            ${open.map(
              step => html`<label class="choice">
                <input
                  type="checkbox"
                  .checked=${answers.steps.includes(step.id)}
                  @change=${(event: Event) =>
                    this.#answer(session, {
                      steps: (event.target as HTMLInputElement).checked
                        ? [...answers.steps, step.id]
                        : answers.steps.filter(id => id !== step.id),
                    })}
                />
                ${step.title}
              </label>`,
            )}`
          : html`<label>
            <span class="visually-hidden">${localize.term('goalProgressLabel')}</span>
            <input
              type="range"
              min="0"
              max="100"
              step="10"
              .value=${String(progress)}
              aria-valuetext=${localize.term('checkInPercent', progress)}
              @change=${(event: Event) => this.#answer(session, { progress: Number((event.target as HTMLInputElement).value) })}
            />
          </label>`
      }
    </fieldset>`;
  }

  async #submit(event: SubmitEvent, session: MentorshipSession): Promise<void> {
    event.preventDefault();
    const access = this.#access;
    const client = access.client();
    const answers = this.#answersOf(session);
    const { rating, fit } = answers;
    if (access.writes.busy) return;
    if (rating === undefined) {
      access.writes.say('error', access.localize.term('chooseRating'), session.id);
      return;
    }
    const field = new FormData(event.target as HTMLFormElement).get('comment');
    const comment = typeof field === 'string' ? field.trim() : '';
    if (!checksIn(client)) {
      if (can(client, 'rateSession')) {
        await access.writes.write(
          rate,
          { client, session, rating, comment },
          access.after(session, () => access.localize.term('feedbackThanks')),
        );
      }
      return;
    }
    const goal = this.#goals.value?.find(each => each.id === session.goal);
    const goals = goal
      ? [goal.steps.length ? { goal: goal.id, stepsDone: answers.steps } : { goal: goal.id, progress: answers.progress ?? goal.progress }]
      : [];
    const after = access.after(session, () => access.localize.term('checkInThanks'), fit === 'poor' ? session.id : undefined);
    await access.writes.write(
      checkIn,
      { client, session, rating, comment, goals, fit },
      {
        ...after,
        settled: outcome => {
          if (outcome.status === 'done' && fit === 'poor') this.#poorFit.add(session.id);
          after.settled?.(outcome);
        },
      },
    );
  }

  /** "Find another mentor": the page may take it over; else the provider's card opens at the service, this mentor last. */
  #rematch(session: MentorshipSession): void {
    ask(this.#access.host, new RematchRequestEvent({ mentor: session.mentor, session }));
  }
}
