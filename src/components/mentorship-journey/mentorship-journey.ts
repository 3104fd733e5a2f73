import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { dropCachedAnswers } from '../../client/cache.js';
import { isMentorshipError } from '../../client/errors.js';
import type { MentorshipProgram, ProgramClosure } from '../../client/types.js';
import type { WriteController } from '../../controllers/write.js';
import { LoadController } from '../../controllers/load.js';
import { RefreshOnChangeController } from '../../controllers/refresh-on-change.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { renderError, renderLoading } from '../../base/states.js';
import { mailto, renderSupport } from '../../base/support.js';
import { JourneyActionEvent, type JourneyAction } from '../../events/journey-action.js';
import { ask } from '../../base/routing.js';
import '../../i18n/en/journey.js';
import { clock } from '../../utils/clock.js';
import { intl } from '../../utils/intl.js';
import { formatInZone } from '../../utils/time.js';
import { safeHttpUrl } from '../../utils/url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import type { ClosingDraft, ClosingErrors } from './closing.js';
import { journeyOf, type Journey, type JourneyData, type StageId } from './stages.js';
import { styles } from './mentorship-journey.styles.js';
import { lazy } from '../../utils/lazy.js';
import { can } from '../../client/can.js';

const STAGE_TERMS = {
  orientation: 'stageOrientation',
  'first-meeting': 'stageFirstMeeting',
  goals: 'stageGoals',
  meetings: 'stageMeetings',
  skills: 'stageSkills',
  review: 'stageReview',
  closing: 'stageClosing',
} as const satisfies Record<StageId, string>;

const ACTION_TERMS = {
  guidelines: 'actionGuidelines',
  intake: 'actionIntake',
  'book-orientation': 'actionBookOrientation',
  'set-goals': 'actionSetGoals',
  'book-session': 'actionBookSession',
  'check-in': 'actionCheckIn',
  'final-meeting': 'actionFinalMeeting',
  close: 'actionClose',
} as const satisfies Record<JourneyAction, string>;

/** The closing form and summary (closure.ts), fetched when first shown, once per page. */
type Closure = typeof import('./closure.js');
const loadClosure = lazy(() => import('./closure.js'), 'closure');

/** What `promise` gives, or `undefined` when the backend answers that it has none (404). */
function unlessMissing<T>(promise: Promise<T>): Promise<T | undefined> {
  return promise.catch((error: unknown) => {
    if (isMentorshipError(error) && error.code === 'not-found') return undefined;
    throw error;
  });
}

/**
 * Where an action is done by default: the page's component for it, what to set on it, and what to
 * focus in it once shown (waited for: it may load first).
 */

/**
 * @summary Where the student is in their mentoring programme: its stages (orientation, first meeting,
 * goals set, regular meetings, skills development, progress review, closing), each derived from the
 * data — the student is at the first one not done, and one done out of order says so —, the next step,
 * the programme's facts (dates, sessions held, guidelines, resources, the programme manager) and, at
 * the end, a final meeting with the mentor, the closing form and a summary to print or download.
 * Closing is offered from two weeks before the end; earlier, only as a quiet "Leave the programme
 * early" that says what it means. Needs a backend with `capabilities.program`.
 *
 * @tagname mentorship-journey
 *
 * @event mentorship-journey-action - The student pressed the next step (`detail.action`: `intake`, `book-orientation`, `book-session`, `set-goals`, `check-in`, `final-meeting` with `detail.mentor` and `detail.service`). Cancelable: cancel it to take them there your way; otherwise the `<mentorship-provider>` routes it to its component for it, which comes into view with the keyboard on it (the intake's form, the card opened — at the mentor for a final meeting —, a new goal's form, the past sessions' check-in).
 * @event mentorship-program-closed - The student closed the programme. `detail: { program }`, with `program.closed`.
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @csspart journey - The whole block.
 * @csspart facts - The programme's dates and sessions held.
 * @csspart stages - The list of stages.
 * @csspart stage - One stage; also `stage-done` or `stage-current`.
 * @csspart stage-early - "done out of order", on a stage done before an earlier one.
 * @csspart next-step - The next step and what it is about.
 * @csspart action - The next step's button or link.
 * @csspart resources - The guidelines and resources.
 * @csspart closing-form - The closing form.
 * @csspart field-error - A field's error message.
 * @csspart summary - The closed programme's summary (the part that prints).
 * @csspart notice - "Your programme is closed.", or why it was not.
 * @csspart support - "Contact support" and the programme manager's address.
 * @csspart unavailable - The message for a backend without programmes, or a student in none.
 * @csspart button - Buttons (also `close-program`, `print-summary`, `download-summary`).
 * @csspart leave-hint - What leaving the programme early means, beside "Leave the programme early".
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorshipJourney extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    supportUrl: { attribute: 'support-url' },
    supportEmail: { attribute: 'support-email' },
    closing: { state: true },
    errors: { state: true },
  };

  /** Where students ask for help (an `http(s):` page), offered as "Contact support" where they may be stuck. */
  supportUrl?: string;

  /** The support team's address, for "Contact support" when there is no `support-url`. */
  supportEmail?: string;

  /** The closing form's answers while it is open. */
  private closing: ClosingDraft | undefined;
  private errors: ClosingErrors = {};
  /** The closure's code could not be fetched: shown with "Try again". */
  #closureError: unknown;

  readonly #load = new LoadController(this, {
    task: ([client], { signal }) =>
      this.call('program', signal, async (): Promise<JourneyData | 'unavailable' | 'none'> => {
        const resolved = this.requireClient(client);
        const flags = resolved.capabilities;
        if (!flags.program || !resolved.getProgram) return 'unavailable';
        const [program, profile, goals, upcoming, past] = await Promise.all([
          // A 404: a student the backend knows no programme for (a state of its own), or a backend
          // without profiles or goals after all (their stages are left out). Neither is a failure.
          // Failing where the backend has since declared it keeps no programmes: unavailable, below.
          unlessMissing(resolved.getProgram({ signal })).catch((error: unknown) => {
            if (flags.program) throw error;
          }),
          flags.profile && resolved.getProfile ? unlessMissing(resolved.getProfile({ signal })) : undefined,
          flags.goals && resolved.listGoals ? unlessMissing(resolved.listGoals({ signal })) : undefined,
          resolved.listSessions({ status: 'upcoming', signal }),
          resolved.listSessions({ status: 'past', signal }),
        ]);
        // The backend's declaration (read beside these calls) has the last word on what it keeps.
        if (!flags.program) return 'unavailable';
        if (!program) return 'none';
        return {
          program,
          profile: flags.profile ? profile : undefined,
          goals: flags.goals ? goals : undefined,
          upcoming,
          past,
          checkIns: Boolean(flags.checkIns && typeof resolved.submitCheckIn === 'function'),
          groups: Boolean(flags.groups),
        };
      }),
    args: () => [this.resolvedClient, this.localize.locale] as const,
  });

  /** Closing the programme (the only write here): its controller comes with the closure's code. */
  #writes: WriteController | undefined;
  #closure: Closure | undefined;

  constructor() {
    super();
    const reload = () => void this.#load.run();
    new RefreshOnChangeController(this, reload);
    // An intake or a goal saved elsewhere on the page moves the stages at once.
    const changed = () => {
      dropCachedAnswers(this.resolvedClient);
      reload();
    };
    this.addController({
      hostConnected: () => ['mentorship-profile-saved', 'mentorship-goal-saved'].forEach(type => addEventListener(type, changed)),
      hostDisconnected: () => ['mentorship-profile-saved', 'mentorship-goal-saved'].forEach(type => removeEventListener(type, changed)),
    });
  }

  /** The programme and what its stages are derived from, once loaded (and while it loads again). */
  get #data(): JourneyData | undefined {
    const value = this.#load.value;
    return typeof value === 'object' ? value : undefined;
  }

  /** Loads the programme again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#load.run();
  }

  override render(): TemplateResult {
    return this.#load.render({
      initial: () => renderLoading(this.localize),
      pending: () => (this.#data ? this.#renderJourney(this.#data) : renderLoading(this.localize)),
      complete: data =>
        typeof data === 'object'
          ? this.#renderJourney(data)
          : html`<p part="unavailable" class="state muted">${this.localize.term(data === 'none' ? 'noProgram' : 'journeyUnavailable')}</p>`,
      // Retrying did not help: say where to ask.
      error: error => html`${renderError(this.localize, error, () => this.refresh())}${this.retried ? this.#renderHelp() : nothing}`,
    })!;
  }

  #renderJourney(data: JourneyData): TemplateResult {
    const { localize } = this;
    const { program } = data;
    return html`<section part="journey" class="journey surface" aria-labelledby="journey-title">
      <header>
        <h3 id="journey-title">${localize.term('journeyTitle')}</h3>
        <p class="name">${program.name}</p>
      </header>
      ${this.#writes?.renderNotice()}
      ${this.#closureError ? renderError(this.localize, this.#closureError, () => void this.#withClosure()) : nothing}
      ${program.closed ? this.#renderSummary(program as MentorshipProgram & { closed: ProgramClosure }, data) : this.#renderProgress(data)}
      ${this.#renderResources(program)} ${this.#renderHelp()}
    </section>`;
  }

  #renderFacts(program: MentorshipProgram): TemplateResult {
    const { localize } = this;
    const dates = intl(Intl.DateTimeFormat, localize.locale, { dateStyle: 'medium', timeZone: this.resolvedTimeZone });
    const start = new Date(program.startsAt);
    const end = new Date(program.endsAt);
    const planned = Math.max(0, program.sessionsPlanned);
    const email = mailto(program.manager?.email);
    return html`<dl part="facts" class="facts">
      ${
        Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end < start
          ? nothing
          : html`<dt>${localize.term('programDates')}</dt><dd>${dates.formatRange(start, end)}</dd>`
      }
      <dt>${localize.term('summarySessions')}</dt>
      <dd>
        ${localize.term('sessionsHeld', program.sessionsDone, planned)}
        ${planned ? html`<progress max=${planned} .value=${Math.min(program.sessionsDone, planned)} aria-hidden="true"></progress>` : nothing}
      </dd>
      ${
        program.manager
          ? html`<dt>${localize.term('managerLabel')}</dt>
            <dd>${program.manager.name}${email ? html` · <a href=${email}>${program.manager.email}</a>` : nothing}</dd>`
          : nothing
      }
    </dl>`;
  }

  #renderProgress(data: JourneyData): TemplateResult {
    const { localize } = this;
    const journey = journeyOf(data, clock.now());
    const stateTerm = { done: 'stageDone', current: 'stageCurrent', todo: 'stageTodo' } as const;
    return html`${this.#renderFacts(data.program)}
      <ol part="stages" class="stages" aria-label=${localize.term('stagesLabel')}>
        ${journey.stages.map(
          stage => html`<li
            part="stage ${stage.state === 'todo' ? '' : `stage-${stage.state}`}"
            class="stage stage--${stage.state}"
            aria-current=${stage.state === 'current' ? 'step' : 'false'}
          >
            ${localize.term(STAGE_TERMS[stage.id])}${
              stage.early
                ? html` <span part="stage-early" class="early">· ${localize.term('stageEarly')}</span>`
                : html`<span class="visually-hidden">, ${localize.term(stateTerm[stage.state])}</span>`
            }
          </li>`,
        )}
      </ol>
      ${this.closing ? this.#renderClosingForm(this.closing) : this.#renderNextStep(data, journey)}`;
  }

  #renderNextStep(data: JourneyData, journey: Journey): TemplateResult {
    const { localize } = this;
    const when = (instant: string) =>
      formatInZone(instant, localize.locale, this.resolvedTimeZone, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        hour: 'numeric',
        minute: '2-digit',
      });
    const [action] = journey.actions;
    let context: string | undefined;
    if (action === 'check-in' && journey.checkInDue)
      context = localize.term('checkInOn', when(journey.checkInDue.startsAt), journey.checkInDue.mentor.name);
    else if (action === 'final-meeting' && journey.finalMeeting) context = localize.term('finalMeetingWith', journey.finalMeeting.name);
    else if (journey.actions.includes('close') && journey.nearEnd) {
      context = localize.term('nearEnd', formatInZone(data.program.endsAt, localize.locale, this.resolvedTimeZone, { dateStyle: 'long' }));
    } else if (!action && journey.next) context = localize.term('nextMeeting', when(journey.next.startsAt), journey.next.mentor.name);
    const guidelines = safeHttpUrl(data.program.guidelinesUrl);
    return html`<div part="next-step" class="next-step">
      <h4>${localize.term('nextStep')}</h4>
      ${context ? html`<p>${context}</p>` : nothing}
      <div class="actions">
        ${journey.actions.map((each, index) => {
          const label = localize.term(ACTION_TERMS[each]);
          const kind = index === 0 ? 'primary' : '';
          if (each === 'guidelines') {
            return guidelines
              ? html`<a part="action" class="button ${kind}" href=${guidelines} target="_blank" rel="noopener"
                  >${label}<span class="visually-hidden"> ${localize.term('opensInNewTab')}</span></a
                >`
              : nothing;
          }
          return html`<button part=${each === 'close' ? 'action close-program' : 'action'} class=${kind} type="button" @click=${() => this.#act(each, journey.finalMeeting)}>
              ${label}
            </button>`;
        })}
      </div>
      ${
        journey.actions.includes('close')
          ? nothing
          : html`<p class="leave">
            <button part="button close-program" class="link" type="button" aria-describedby="leave-hint" @click=${() => this.#act('close')}>
              ${localize.term('leaveEarly')}</button
            ><span part="leave-hint" id="leave-hint" class="muted">${localize.term('leaveEarlyHint')}</span>
          </p>`
      }
    </div>`;
  }

  /** Does `action`; a final meeting is with the mentor of the journey shown (`finalMeeting`). */
  async #act(action: JourneyAction, finalMeeting?: Journey['finalMeeting']): Promise<void> {
    if (action === 'close') {
      const closure = await this.#withClosure();
      if (!closure) return;
      this.closing = closure.closingDraftOf(this.#data?.goals);
      this.errors = {};
      this.#writes!.notice = undefined;
      this.focusWhenShown('#closing-achievements');
      return;
    }
    // The page may route the student itself (cancelling it); else the provider's tag for it answers.
    const final = action === 'final-meeting' ? finalMeeting : undefined;
    ask(this, new JourneyActionEvent({ action, ...(final && { mentor: final.mentor, service: final.service }) }));
  }

  #renderClosingForm(draft: ClosingDraft): TemplateResult {
    return this.#closure!.renderClosingForm({
      localize: this.localize,
      draft,
      errors: this.errors,
      busy: Boolean(this.#writes?.busy),
      prefilled: this.#data?.goals?.some(goal => goal.status === 'achieved') ?? false,
      edit: change => (this.closing = { ...(this.closing ?? draft), ...change }),
      submit: event => void this.#submit(event),
      cancel: () => void this.#cancelClosing(),
    });
  }

  /** Fetches the closure's code (once), then shows what needs it. */
  async #withClosure(): Promise<Closure | undefined> {
    try {
      this.#closure ??= await loadClosure();
    } catch (error) {
      this.report('closure', error);
      this.#closureError = error;
      this.requestUpdate();
      return undefined;
    }
    this.#closureError = undefined;
    this.#closure.adoptClosureStyles(this.shadowRoot);
    this.#writes ??= new this.#closure.WriteController(
      this.writeAccess({
        forgotten: () => {
          this.closing = undefined;
          this.errors = {};
        },
      }),
    );
    this.requestUpdate();
    return this.#closure;
  }

  /** "Not now": the form closes, and the keyboard goes back to what opened it. */
  async #cancelClosing(): Promise<void> {
    if (this.#writes?.busy) return;
    this.closing = undefined;
    this.errors = {};
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="close-program"]')?.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    const draft = this.closing;
    const closure = this.#closure;
    const program = this.#data?.program;
    const writes = this.#writes;
    if (!can(client, 'closeProgram') || !can(client, 'getProgram') || !draft || !closure || !program || !writes || writes.busy) return;
    this.errors = closure.checkClosing(draft);
    const wrong = closure.CLOSING_FIELDS.find(field => this.errors[field]);
    if (wrong) {
      writes.notice = undefined;
      this.focusWhenShown(wrong === 'rating' ? '#closing-rating input' : '#closing-summary');
      return;
    }
    // A refusal keeps the form as it was, with the backend's words.
    await writes.write(
      closure.close,
      { client, closing: closure.closingOf(draft), program },
      {
        said: () => this.localize.term('programClosed'),
        settled: outcome => {
          if (outcome.status !== 'done') return;
          const data = this.#data;
          if (data) this.#load.value = { ...data, program: outcome.value };
          this.closing = undefined;
        },
      },
    );
  }

  #renderSummary(program: MentorshipProgram & { closed: ProgramClosure }, data: JourneyData): TemplateResult {
    if (!this.#closure) {
      void this.#withClosure();
      return renderLoading(this.localize);
    }
    return this.#closure.renderSummary({
      localize: this.localize,
      timeZone: this.resolvedTimeZone,
      program,
      past: data.past,
      goals: data.goals,
      host: this,
    });
  }

  #renderResources(program: MentorshipProgram): TemplateResult | typeof nothing {
    const { localize } = this;
    const guidelines = safeHttpUrl(program.guidelinesUrl);
    const resources = program.resources.map(resource => ({ ...resource, url: safeHttpUrl(resource.url) })).filter(resource => resource.url);
    if (!guidelines && resources.length === 0) return nothing;
    return html`<div part="resources" class="resources">
      <h4>${localize.term('resources')}</h4>
      <ul>
        ${[...(guidelines ? [{ title: localize.term('guidelines'), url: guidelines }] : []), ...resources].map(
          resource =>
            html`<li>
              <a href=${resource.url!} target="_blank" rel="noopener"
                >${resource.title}<span class="visually-hidden"> ${localize.term('opensInNewTab')}</span></a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** "Need help?", with the page's support contact (the programme manager is among the facts). */
  #renderHelp(): TemplateResult | typeof nothing {
    const support = renderSupport(this.localize, { url: this.supportUrl, email: this.supportEmail });
    return support === nothing ? nothing : html`<div class="help"><h4>${this.localize.term('needHelp')}</h4>${support}</div>`;
  }
}
