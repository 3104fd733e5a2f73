import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { dropCachedAnswers } from '../../client/cache.js';
import type { Goal, GoalInput } from '../../client/types.js';
import { WriteController } from '../../controllers/write.js';
import { LoadController } from '../../controllers/load.js';
import { RefreshOnChangeController } from '../../controllers/refresh-on-change.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { errorText, renderError, renderLoading } from '../../base/states.js';
import { GoalBookingRequestEvent } from '../../events/goal-booking-request.js';
import { answered } from '../../base/routing.js';
import '../../i18n/en/goals.js';
import { clock } from '../../utils/clock.js';
import { addDays, dayKeyOf } from '../../utils/days.js';
import { safeHttpUrl } from '../../utils/url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import type { GoalDraft, GoalErrors } from './draft.js';
import { changed, renderGoal, type GoalViewContext } from './goal-view.js';
import { styles } from './mentorship-goals.styles.js';
import { lazy } from '../../utils/lazy.js';
import { can } from '../../client/can.js';
import { offered } from '../../base/offered.js';
import { goal as goalWrite } from '../../writes/goal.js';

/** `editing` for the form of a goal not written yet. */
const NEW = '\u0000new';
/** Goals shown at first, and added per "Show more": 200 goals are not a long task of 10,000 nodes. */
const PAGE = 10;

/** The form's code (goal-form.ts), fetched when a student first opens it, once per page. */
type Form = typeof import('./goal-form.js');
const loadForm = lazy(() => import('./goal-form.js'));

/**
 * @summary The student's goals, SMART: what they want to achieve (specific), why it matters (relevant),
 * how they will know it is done (measurable), by when (time-bound), and an action plan of steps to tick
 * off (achievable), with the progress they make, the sessions booked for each goal and the mentor's
 * summary of each. Goals are created and edited in place; each offers "Book a session for this goal".
 * Needs a backend with `capabilities.goals`.
 *
 * @tagname mentorship-goals
 *
 * @event mentorship-goal-saved - A goal was created or changed (steps, progress, status too). `detail: { goal }`.
 * @event mentorship-goal-booking-request - "Book a session for this goal" was pressed. Cancelable: the page opens its own booking flow; else `booking-url` with `?goal=ID`, else the provider's `<mentor-schedule-card>` opens with the goal chosen (`openBooking`); with none of them, the student reads that booking is not available on this page and the console says why. `detail: { goal }`.
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @csspart goals - The whole block.
 * @csspart new-goal - The "New goal" button.
 * @csspart empty - The explanation and first-goal button when there are none.
 * @csspart unavailable - The message for a backend without goals.
 * @csspart goal - One goal.
 * @csspart more - The "Show N more goals" button after the first ten (active goals come first).
 * @csspart goal-status - "Achieved" or "Dropped".
 * @csspart progress - The goal's progress bar, or its slider for a goal without steps.
 * @csspart steps - The action plan's checklist.
 * @csspart goal-sessions - The sessions booked for the goal.
 * @csspart summary - A mentor's summary of a session.
 * @csspart action-items - A mentor's next steps.
 * @csspart goal-form - The form to create or edit a goal.
 * @csspart field-error - A field's error message.
 * @csspart notice - "Goal saved.", or why a change did not go through.
 * @csspart button - Buttons (also `book-for-goal`, `achieve-goal`, `drop-goal`, `reopen-goal`, `edit-goal`, `save-goal`, `add-step`, `remove-step`).
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorshipGoals extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    bookingUrl: { attribute: 'booking-url' },
    editing: { state: true },
    shown: { state: true },
    draft: { state: true },
    errors: { state: true },
  };

  /**
   * Where "Book a session for this goal" leads, with `?goal=ID` added (e.g. a page whose card reads it
   * into its `goal` attribute). Only `http(s):` URLs are used. Without it, the button opens the page's
   * `<mentor-schedule-card>` with the goal chosen.
   */
  bookingUrl?: string;

  /** The goal whose form is open (its id, or `NEW`). */
  private editing: string | undefined;
  private draft: GoalDraft | undefined;
  private errors: GoalErrors = {};

  readonly #goals = new LoadController(this, {
    task: ([client], { signal }) =>
      this.call('goals', signal, async () => {
        const resolved = this.requireClient(client);
        // `null`: this backend keeps no goals.
        return (await offered(resolved, 'goals', can(resolved, 'listGoals') && (() => resolved.listGoals({ signal })))) ?? null;
      }),
    args: () => [this.resolvedClient, this.localize.locale, this.resolvedTimeZone] as const,
  });

  /** Saving a goal: one at a time, its notice, and nothing half-written kept for another student or backend. */
  readonly #writes = new WriteController(
    this.writeAccess({
      focus: selector => this.#focusAfterUpdate(selector),
      forgotten: () => {
        this.editing = this.draft = this.#reveal = undefined;
        this.shown = PAGE;
      },
    }),
  );
  #form: Form | undefined;
  /** How many goals show: PAGE at first, active ones first, PAGE more per "Show more". */
  private shown = PAGE;
  /** After "Show more", the first goal added, to move the keyboard to. */
  #focusFrom: number | undefined;
  /** The goal the keyboard goes to after the form (see #closeForm): it shows even beyond the first page. */
  #reveal: string | undefined;

  constructor() {
    super();
    // A session booked or checked in elsewhere on the page lists under its goal.
    new RefreshOnChangeController(this, () => void this.#goals.run());
  }

  /** Loads the goals again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#goals.run();
  }

  override render(): TemplateResult {
    return this.#goals.render({
      initial: () => renderLoading(this.localize),
      pending: () => (this.#goals.value === undefined ? renderLoading(this.localize) : this.#renderGoals(this.#goals.value)),
      complete: goals => this.#renderGoals(goals),
      error: error => renderError(this.localize, error, () => this.refresh()),
    }) as TemplateResult;
  }

  /** The student's day: a target date must come after it. */
  get #today(): string {
    return dayKeyOf(clock.now(), this.resolvedTimeZone);
  }

  #renderGoals(goals: Goal[] | null): TemplateResult {
    const { localize } = this;
    if (!goals) return html`<p part="unavailable" class="state muted">${localize.term('goalsUnavailable')}</p>`;
    const context: GoalViewContext = {
      localize,
      timeZone: this.resolvedTimeZone,
      today: this.#today,
      busy: this.#writes.pending,
      bookingHref: goal => this.#bookingHref(goal),
      save: (goal, change) => void this.#save(changed(goal, change)),
      edit: goal => void this.#openForm(goal),
      book: (goal, event) => this.#book(goal, event),
    };
    const empty = goals.length === 0 && this.editing !== NEW;
    return html`<section part="goals" class="goals surface" aria-labelledby="goals-title">
      <div class="head">
        <h3 id="goals-title">${localize.term('goalsTitle')}</h3>
        ${
          empty || this.editing === NEW
            ? nothing
            : html`<button part="button new-goal" type="button" @click=${() => void this.#openForm()}>${localize.term('newGoal')}</button>`
        }
      </div>
      ${this.#writes.renderNotice()} ${this.editing === NEW ? this.#renderForm() : nothing}
      ${
        empty
          ? html`<div part="empty" class="state">
            <p>${localize.term('goalsEmpty')}</p>
            <button part="button first-goal" class="primary" type="button" @click=${() => void this.#openForm()}>${localize.term('firstGoal')}</button>
          </div>`
          : this.#renderList(goals, context)
      }
    </section>`;
  }

  #renderList(goals: Goal[], context: GoalViewContext): TemplateResult {
    // What the student works on now first; achieved and dropped goals after, in the backend's order.
    const ordered = [...goals.filter(goal => goal.status === 'active'), ...goals.filter(goal => goal.status !== 'active')];
    // The goal the keyboard is going to shows, with the pages before it.
    const shown = Math.max(this.shown, Math.ceil((ordered.findIndex(goal => goal.id === this.#reveal) + 1) / PAGE) * PAGE);
    const more = ordered.length - shown;
    return html`<ul class="list">
        ${ordered
          .slice(0, shown)
          .map(goal => html`<li part="goal">${this.editing === goal.id ? this.#renderForm() : renderGoal(goal, context)}</li>`)}
      </ul>
      ${
        more > 0
          ? html`<button part="button more" class="more" type="button" @click=${() => this.#showMore(shown)}>
            ${this.localize.term('showMoreGoals', Math.min(more, PAGE))}
          </button>`
          : nothing
      }`;
  }

  #showMore(shown: number): void {
    this.#focusFrom = shown;
    this.shown = shown + PAGE;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusFrom === undefined) return;
    // After "Show more", keyboard and screen-reader users land on the first goal added (its heading).
    this.renderRoot.querySelectorAll<HTMLElement>('h4[data-goal]')[this.#focusFrom]?.focus();
    this.#focusFrom = undefined;
  }

  #renderForm(): TemplateResult {
    return this.#form!.renderGoalForm({
      localize: this.localize,
      draft: this.draft!,
      errors: this.errors,
      minDate: addDays(this.#today, 1),
      busy: this.#writes.busy,
      edit: draft => (this.draft = draft),
      submit: event => this.#submit(event),
      cancel: () => this.#closeForm(),
    });
  }

  // ——— The form ———

  /**
   * Opens the form for a new goal with the keyboard on its title (focus brings it into view). How a
   * `<mentorship-provider>` answers a journey's "Set your goals".
   */
  async startGoal(): Promise<void> {
    await this.#openForm();
  }

  async #openForm(goal?: Goal): Promise<void> {
    try {
      this.#form ??= await loadForm();
    } catch (error) {
      this.report('goal-form', error);
      this.#writes.say('error', errorText(this.localize, error));
      return;
    }
    this.#form.adoptFormStyles(this.shadowRoot);
    this.editing = goal?.id ?? NEW;
    this.draft = this.#form.draftOf(goal);
    this.errors = {};
    this.#writes.notice = undefined;
    this.#focusAfterUpdate('#title');
  }

  /** Closes the form; the keyboard goes to the goal it was about, or back to "New goal". */
  #closeForm(saved?: Goal): void {
    const id = saved?.id ?? (this.editing === NEW ? undefined : this.editing);
    this.#reveal = id;
    this.editing = this.draft = undefined;
    this.errors = {};
    this.#focusAfterUpdate(id ? `h4[data-goal="${CSS.escape(id)}"]` : '[part~="new-goal"], [part~="first-goal"]');
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || this.#writes.pending) return;
    const previous = this.#goals.value?.find(goal => goal.id === draft.id)?.targetDate;
    const form = this.#form!;
    this.errors = form.checkDraft(draft, this.#today, previous);
    const wrong = form.CHECKED_FIELDS.find(field => this.errors[field]);
    // The first wrong field takes the keyboard: its error is read with it (aria-describedby).
    if (wrong) this.#focusAfterUpdate(`#${wrong}`);
    else void this.#save(form.inputOf(draft), true);
  }

  // ——— Saving ———

  async #save(input: GoalInput, fromForm = false): Promise<void> {
    const client = this.resolvedClient;
    if (!can(client, 'saveGoal') || !can(client, 'listGoals') || this.#writes.pending) return;
    const known = this.#goals.value?.find(goal => goal.id === input.id);
    // A refusal keeps the form open with everything written in it.
    await this.#writes.write(
      goalWrite,
      { client, goal: input, known },
      {
        said: () => this.localize.term('goalSaved'),
        // Saved from the form: the keyboard goes to the goal's heading (#closeForm).
        focus: fromForm ? false : undefined,
        settled: outcome => {
          if (outcome.status === 'done' && fromForm) this.#closeForm(outcome.value);
          void this.#goals.run();
        },
      },
    );
  }

  /** The keyboard goes to `selector` as soon as it is shown: a new goal's heading comes with the list loaded again. */
  #focusAfterUpdate(selector: string): void {
    this.focusWhenShown(selector, () => this.#goals.status === 'pending');
  }

  // ——— Booking for a goal ———

  #bookingHref(goal: Goal): string | undefined {
    const url = safeHttpUrl(this.bookingUrl);
    if (!url) return undefined;
    const href = new URL(url);
    href.searchParams.set('goal', goal.id);
    return href.href;
  }

  #book(goal: Goal, event: Event): void {
    const request = new GoalBookingRequestEvent({ goal });
    if (!this.dispatchEvent(request)) {
      event.preventDefault();
      return;
    }
    // No booking page: the provider's card opens with the goal chosen. With neither, the student is
    // told, and the developer learns why in the console.
    if (this.#bookingHref(goal) || answered(this, request)) return;
    this.#writes.say('info', this.localize.term('bookForGoalNowhere'));
    console.warn('<mentorship-goals>: no booking-url, and no <mentor-schedule-card> in its provider.');
  }
}
