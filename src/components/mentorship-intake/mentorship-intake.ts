import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { dropCachedAnswers } from '../../client/cache.js';
import type { MenteeProfile } from '../../client/types.js';
import { WriteController } from '../../controllers/write.js';
import { LoadController } from '../../controllers/load.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { renderError, renderLoading } from '../../base/states.js';
import '../../i18n/en/intake.js';
import { intl } from '../../utils/intl.js';
import { formatInZone, zoneName } from '../../utils/time.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { checkDraft, draftOf, LEVELS, PARTS, profileOf, toggled, type IntakeDraft, type IntakeErrors } from './draft.js';
import { styles } from './mentorship-intake.styles.js';
import { can } from '../../client/can.js';
import { offered } from '../../base/offered.js';
import { profile as profileWrite } from '../../writes/profile.js';

/** The skills offered to choose from: the mentors' most common, at most this many. */
const OFFERED_SKILLS = 16;
const PART_TERMS = { morning: 'partMorning', afternoon: 'partAfternoon', evening: 'partEvening' } as const;
const LEVEL_TERMS = { beginner: 'levelBeginner', intermediate: 'levelIntermediate', advanced: 'levelAdvanced' } as const;

interface Loaded {
  profile: MenteeProfile | null;
  /** The mentors' skills, most common first, and the languages they mentor in. */
  skills: string[];
  languages: string[];
}

/**
 * @summary The intake: what the student wants to achieve, the skills they want help with, their
 * experience, the languages they can be mentored in and when they prefer to meet (days and parts of
 * the day, in their zone). Saved to the backend and editable later; mentor lists on the page then rank
 * by it ("Best match"). Needs a backend with `capabilities.profile`.
 *
 * @tagname mentorship-intake
 *
 * @event mentorship-profile-saved - The student saved the intake. `detail: { profile }`.
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @csspart intake - The whole block.
 * @csspart intake-form - The questionnaire.
 * @csspart profile - The saved answers.
 * @csspart field-error - A field's error message.
 * @csspart notice - "Saved.", or why the answers were not saved.
 * @csspart unavailable - The message for a backend without profiles.
 * @csspart button - Buttons (also `save-profile`, `edit-profile`, `cancel-edit`).
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorshipIntake extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    draft: { state: true },
    errors: { state: true },
  };

  /** The answers being edited; `undefined` while the saved ones show. */
  private draft: IntakeDraft | undefined;
  private errors: IntakeErrors = {};

  readonly #load = new LoadController(this, {
    task: ([client], { signal }) =>
      this.call('profile', signal, async (): Promise<Loaded | null> => {
        const resolved = this.requireClient(client);
        if (!resolved.capabilities.profile) return null;
        const [profile, mentors] = await Promise.all([
          offered(resolved, 'profile', can(resolved, 'getProfile') && (() => resolved.getProfile({ signal }))),
          // What to choose from: without the mentors, the student types their skills.
          resolved.listMentors({ signal }).catch(() => []),
        ]);
        // `null`: this backend keeps no profiles.
        if (profile === undefined) return null;
        const count = new Map<string, number>();
        for (const skill of mentors.flatMap(mentor => mentor.skills)) count.set(skill, (count.get(skill) ?? 0) + 1);
        const skills = [...count]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, OFFERED_SKILLS)
          .map(([skill]) => skill);
        const languages = [...new Set(mentors.flatMap(mentor => mentor.languages.map(tag => tag.toLowerCase().split('-')[0])))].sort();
        return { profile, skills, languages };
      }),
    args: () => [this.resolvedClient, this.localize.locale] as const,
  });

  /** Saving: one at a time, its notice, and nothing half-written kept for another student or backend. */
  readonly #writes = new WriteController(
    this.writeAccess({
      forgotten: () => {
        this.draft = undefined;
        this.errors = {};
      },
    }),
  );

  /** Loads the profile again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#load.run();
  }

  override render(): TemplateResult {
    return this.#load.render({
      initial: () => renderLoading(this.localize),
      pending: () => renderLoading(this.localize),
      complete: loaded => this.#renderIntake(loaded),
      error: error => renderError(this.localize, error, () => this.refresh()),
    })!;
  }

  #renderIntake(loaded: Loaded | null): TemplateResult {
    const { localize } = this;
    if (!loaded) return html`<p part="unavailable" class="state muted">${localize.term('intakeUnavailable')}</p>`;
    // Before the first save, the questionnaire is open.
    const draft = this.draft ?? (loaded.profile ? undefined : draftOf(null, loaded.skills, this.#language(loaded), this.resolvedTimeZone));
    return html`<section part="intake" class="intake surface" aria-labelledby="intake-title">
      <h3 id="intake-title">${localize.term('intakeTitle')}</h3>
      ${this.#writes.renderNotice()}
      ${loaded.profile && !draft ? this.#renderProfile(loaded.profile) : nothing}
      ${draft ? html`${loaded.profile ? nothing : html`<p class="muted">${localize.term('intakeIntro')}</p>`} ${this.#renderForm(draft, loaded)}` : nothing}
    </section>`;
  }

  /** The page's language, when a mentor speaks it; the first offered otherwise. */
  #language(loaded: Loaded): string {
    const page = this.localize.locale.toLowerCase().split('-')[0];
    return loaded.languages.includes(page) || loaded.languages.length === 0 ? page : loaded.languages[0];
  }

  #renderProfile(profile: MenteeProfile): TemplateResult {
    const { localize } = this;
    const list = intl(Intl.ListFormat, localize.locale, { type: 'conjunction' });
    const level = LEVELS.find(known => known === profile.level);
    return html`<dl part="profile">
        <dt>${localize.term('intakeGoals')}</dt>
        <dd>${profile.goals}</dd>
        ${profile.skills.length ? html`<dt>${localize.term('intakeSkills')}</dt><dd>${list.format(profile.skills)}</dd>` : nothing}
        ${level ? html`<dt>${localize.term('intakeLevel')}</dt><dd>${localize.term(LEVEL_TERMS[level])}</dd>` : nothing}
        ${
          profile.languages.length
            ? html`<dt>${localize.term('intakeLanguages')}</dt><dd>${list.format(profile.languages.map(tag => this.#languageName(tag)))}</dd>`
            : nothing
        }
        <dt>${localize.term('intakeTimes')}</dt>
        <dd>${this.#timesText(profile, list)}</dd>
      </dl>
      ${
        profile.updatedAt && !Number.isNaN(Date.parse(profile.updatedAt))
          ? html`<p class="muted">
            ${localize.term('profileUpdated', formatInZone(profile.updatedAt, localize.locale, this.resolvedTimeZone, { dateStyle: 'long' }))}
          </p>`
          : nothing
      }
      <div class="actions">
        <button part="button edit-profile" type="button" @click=${() => this.#edit(profile)}>${localize.term('editProfile')}</button>
      </div>`;
  }

  /** "Monday and Wednesday · Evening (18–22) · America/Bogota", or "Any time". */
  #timesText(profile: MenteeProfile, list: Intl.ListFormat): string {
    const { weekdays, parts } = profile.times;
    const known = PARTS.filter(part => parts.includes(part));
    if (weekdays.length === 0 && known.length === 0) return this.localize.term('anyTime');
    return [
      weekdays.length ? list.format(weekdays.map(day => this.#weekdayName(day))) : '',
      known.length ? list.format(known.map(part => this.localize.term(PART_TERMS[part]))) : '',
      profile.timezone,
    ]
      .filter(Boolean)
      .join(' · ');
  }

  #renderForm(draft: IntakeDraft, loaded: Loaded): TemplateResult {
    const { localize, errors } = this;
    // Each change applies to the answers as they are now (two changes may come before a render).
    const edit = (change: (current: IntakeDraft) => Partial<IntakeDraft>) => {
      const current = this.draft ?? draft;
      this.draft = { ...current, ...change(current) };
    };
    const count = Object.keys(errors).length;
    const box = (name: string, label: string, checked: boolean, change: (on: boolean) => void, type: 'checkbox' | 'radio' = 'checkbox') =>
      html`<label
        ><input
          type=${type}
          name=${name}
          .checked=${checked}
          @change=${(event: Event) => change((event.target as HTMLInputElement).checked)}
        />${label}</label
      >`;
    // Skills the student chose that the mentors no longer list stay chosen.
    const skills = [...new Set([...loaded.skills, ...draft.skills])];
    const languages = [...new Set([...loaded.languages, ...draft.languages])];
    return html`<form part="intake-form" novalidate @submit=${(event: SubmitEvent) => this.#submit(event, this.draft ?? draft)}>
      ${count ? html`<p class="notice notice--error" role="alert">${localize.term('intakeErrors', count)}</p>` : nothing}
      <div class="field">
        <label for="intake-goals">${localize.term('intakeGoals')}</label>
        <textarea
          id="intake-goals"
          rows="3"
          maxlength="2000"
          aria-invalid=${errors.goals ? 'true' : 'false'}
          aria-describedby=${errors.goals ? 'intake-goals-hint intake-goals-error' : 'intake-goals-hint'}
          .value=${draft.goals}
          @input=${(event: Event) => edit(() => ({ goals: (event.target as HTMLTextAreaElement).value }))}
        ></textarea>
        <small id="intake-goals-hint" class="muted">${localize.term('intakeGoalsHint')}</small>
        ${errors.goals ? html`<span id="intake-goals-error" part="field-error" class="field-error">${errors.goals}</span>` : nothing}
      </div>
      <fieldset class="field">
        <legend>${localize.term('intakeSkills')}</legend>
        ${
          skills.length
            ? html`<div class="choices">
              ${skills.map(skill => box('skill', skill, draft.skills.includes(skill), on => edit(current => ({ skills: toggled(current.skills, skill, on) }))))}
            </div>`
            : nothing
        }
        <label for="intake-other">${localize.term('intakeOtherSkills')}</label>
        <input
          id="intake-other"
          type="text"
          maxlength="300"
          .value=${draft.otherSkills}
          @input=${(event: Event) => edit(() => ({ otherSkills: (event.target as HTMLInputElement).value }))}
        />
      </fieldset>
      <fieldset class="field">
        <legend>${localize.term('intakeLevel')}</legend>
        <div class="choices">
          ${LEVELS.map(level => box('level', localize.term(LEVEL_TERMS[level]), draft.level === level, on => on && edit(() => ({ level })), 'radio'))}
        </div>
      </fieldset>
      <fieldset class="field">
        <legend>${localize.term('intakeLanguages')}</legend>
        <div class="choices">
          ${languages.map(tag =>
            box('language', this.#languageName(tag), draft.languages.includes(tag), on =>
              edit(current => ({ languages: toggled(current.languages, tag, on) })),
            ),
          )}
        </div>
      </fieldset>
      <fieldset class="field" aria-describedby="intake-zone">
        <legend>${localize.term('intakeTimes')}</legend>
        <small id="intake-zone" class="muted">${localize.term('intakeTimesZone', zoneName(draft.timezone, localize.locale))}</small>
        <fieldset class="field">
          <legend>${localize.term('intakeDays')}</legend>
          <div class="choices">
            ${[1, 2, 3, 4, 5, 6, 7].map(day =>
              box('weekday', this.#weekdayName(day), draft.weekdays.includes(day), on =>
                edit(current => ({ weekdays: toggled(current.weekdays, day, on) })),
              ),
            )}
          </div>
        </fieldset>
        <fieldset class="field">
          <legend>${localize.term('intakeParts')}</legend>
          <div class="choices">
            ${PARTS.map(part =>
              box('part', localize.term(PART_TERMS[part]), draft.parts.includes(part), on =>
                edit(current => ({ parts: toggled(current.parts, part, on) })),
              ),
            )}
          </div>
        </fieldset>
      </fieldset>
      <div class="actions">
        <button part="button save-profile" class="primary" type="submit" aria-disabled=${this.#writes.busy ? 'true' : 'false'}>
          ${localize.term(this.#writes.busy ? 'savingProfile' : 'saveProfile')}
        </button>
        ${
          loaded.profile
            ? html`<button part="button cancel-edit" type="button" @click=${() => this.#closeForm()}>${localize.term('cancelEdit')}</button>`
            : nothing
        }
      </div>
    </form>`;
  }

  #languageName(tag: string): string {
    return intl(Intl.DisplayNames, this.localize.locale, { type: 'language' }).of(tag) ?? tag;
  }

  /** An ISO weekday's name in the page's language: 1 January 2024 was a Monday. */
  #weekdayName(day: number): string {
    return formatInZone(new Date(Date.UTC(2024, 0, day, 12)), this.localize.locale, 'UTC', { weekday: 'long' });
  }

  /**
   * Opens the intake's form (the answers given so far, to change) with the keyboard (focus brings it into view)
   * on its first question. How a `<mentorship-provider>` answers a journey's "Tell us what you need".
   */
  startIntake(): void {
    const profile = this.#load.value?.profile;
    if (profile && !this.draft) this.#edit(profile);
    this.focusWhenShown('#intake-goals');
  }

  #edit(profile: MenteeProfile): void {
    const loaded = this.#load.value;
    if (!loaded) return;
    this.draft = draftOf(profile, loaded.skills, this.#language(loaded), this.resolvedTimeZone);
    this.errors = {};
    this.#writes.notice = undefined;
    this.focusWhenShown('#intake-goals');
  }

  #closeForm(): void {
    if (this.#writes.busy) return;
    this.draft = undefined;
    this.errors = {};
  }

  async #submit(event: SubmitEvent, draft: IntakeDraft): Promise<void> {
    event.preventDefault();
    const client = this.resolvedClient;
    if (!can(client, 'saveProfile') || this.#writes.busy) return;
    // Keep what is on screen as the draft (the first form has no draft until an edit).
    this.draft = draft;
    this.errors = checkDraft(draft, this.localize.term('intakeGoalsMissing'));
    if (this.errors.goals) {
      this.#writes.notice = undefined;
      this.focusWhenShown('[aria-invalid="true"]');
      return;
    }
    // Nothing written is lost on a refusal: the form stays as it was, with the backend's words.
    await this.#writes.write(
      profileWrite,
      { client, profile: profileOf(draft) },
      {
        said: () => this.localize.term('profileSaved'),
        settled: outcome => {
          if (outcome.status !== 'done') return;
          const loaded = this.#load.value;
          if (loaded) this.#load.value = { ...loaded, profile: outcome.value };
          this.draft = undefined;
        },
      },
    );
  }
}
