import { LoadController } from '../../controllers/load.js';
import { dropCachedAnswers } from '../../client/cache.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { MenteeProfile, Mentor, MentorshipClient } from '../../client/types.js';
import { TickerController } from '../../controllers/ticker.js';
import { MentorSelectEvent } from '../../events/mentor-select.js';
import { renderAvatar } from '../../base/avatar.js';
import { clock } from '../../utils/clock.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { intl } from '../../utils/intl.js';
import { searchTextOf, searchWords, inSlices } from '../../utils/search.js';
import { renderError, renderLoading } from '../../base/states.js';
import { formatInZone, localTimeOf } from '../../utils/time.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { rankMentors, type Match } from './matching.js';
import { styles } from './mentor-list.styles.js';
// This tag's own English strings (en/list.ts) come with its code.
import '../../i18n/en/list.js';

export type MentorOrder = 'default' | 'best-match';

/**
 * Mentors rendered at first, and added per "Show more": a sidebar shows a handful at a time, and a
 * programme with a thousand mentors must not spend a thousand items' work before the first paint.
 */
const PAGE = 20;

/** `interests="React, SQL"` ⇄ `['React', 'SQL']`. */
const commaList = {
  fromAttribute: (value: string | null) =>
    (value ?? '')
      .split(',')
      .map(item => item.trim())
      .filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(', '),
};

/** The list's formatters for a language (cached in intl.ts). */
function formatsFor(locale: string) {
  return {
    names: intl(Intl.DisplayNames, locale, { type: 'language' }),
    list: intl(Intl.ListFormat, locale, { type: 'conjunction' }),
    rating: intl(Intl.NumberFormat, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    relative: intl(Intl.RelativeTimeFormat, locale, { numeric: 'auto' }),
  };
}

interface Student {
  profile: MenteeProfile | null;
  /** Mentors the student said were not a good fit at a check-in. */
  poorFit: string[];
}
const NO_STUDENT: Student = { profile: null, poorFit: [] };

/**
 * The student as matching sees them, on a backend that keeps profiles: their profile and, once they
 * have one, the mentors their check-ins called a poor fit. A failure leaves matching to the page's words.
 */
async function studentOf(client: MentorshipClient | undefined, signal: AbortSignal): Promise<Student> {
  if (!client?.capabilities.profile || !client.getProfile) return NO_STUDENT;
  try {
    // Asked together, not one after the other: the past sessions matter only with a profile, but
    // waiting for it would cost the student a round trip.
    const [profile, past] = await Promise.all([
      client.getProfile({ signal }),
      client.capabilities.checkIns ? client.listSessions({ status: 'past', signal }) : [],
    ]);
    if (!profile) return { profile, poorFit: [] };
    return { profile, poorFit: [...new Set(past.filter(session => session.checkIn?.fit === 'poor').map(session => session.mentor.slug))] };
  } catch {
    return NO_STUDENT;
  }
}

/**
 * @summary The mentors who give a service: who they are, their local time, when they are next free;
 * a mentor's whole row is the control that shows their times.
 *
 * @tagname mentor-list
 *
 * @event mentorship-mentor-select - A mentor's row was pressed ("See times with …"). Cancelable. `detail: { mentor, service }`.
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @slot empty - Replaces "No mentors available for this service".
 *
 * @csspart search - The search box.
 * @csspart order - The order picker (Suggested / Best match).
 * @csspart match - Under a mentor in the "Best match" order: why they rank there ("React · Spanish · at your preferred times · free tomorrow").
 * @csspart poor-fit - Under a mentor the student said was not a good fit at a check-in (listed last).
 * @csspart count - How many mentors are shown.
 * @csspart list - The list of mentors.
 * @csspart mentor - One mentor.
 * @csspart avatar - A mentor's picture or initials.
 * @csspart name - A mentor's name.
 * @csspart button - Buttons ("Show more", "Try again").
 * @csspart book - A mentor's row's control ("See times with <name>"; on a backend whose booking happens on another
 *   page, "Book on <name>'s calendar"), laid over the whole row.
 * @csspart more - The "Show N more mentors" button after the first mentors.
 * @csspart empty - The message when there are no mentors.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorList extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    service: { reflect: true },
    search: { reflect: true },
    interests: { converter: commaList },
    rankLast: { attribute: 'rank-last', converter: commaList },
    order: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    shown: { state: true },
  };

  /** Only mentors who give this service (a slug); all mentors when empty. */
  service?: string;

  /** Filters the list by name, headline, skill or language; the search box edits it. */
  search = '';

  /**
   * What the student wants to work on (skills such as `React`, `Interviews`): the "Best match" order
   * ranks mentors who share them first. As an attribute, a comma-separated list.
   */
  interests: string[] = [];

  /**
   * `default` keeps the backend's order; `best-match` ranks mentors by shared skills, a shared
   * language, hours at the student's preferred times and how soon they are free, and says why under
   * each. Unset, it is `best-match` when the student has a profile (the intake, on a backend with
   * `capabilities.profile`) and `default` otherwise. The order picker edits it.
   */
  // Spelled out (not `MentorOrder`) so custom-elements.json, the README and editors list the values.
  order?: 'default' | 'best-match';

  /**
   * Mentors (slugs) listed last, whatever the order: e.g. one the student said is not a good fit. As
   * an attribute, a comma-separated list.
   */
  rankLast: string[] = [];

  /**
   * How many mentors show at first, and how many more each "Show more" adds. The card asks for 4, so
   * that its mentor step and "Show more" fit a sidebar's height (800 px at 320 px wide).
   */
  pageSize = 20;

  /** How many of the (filtered, ordered) mentors are rendered. */
  private shown = PAGE;
  #focusFrom: number | undefined;

  readonly #mentors = new LoadController(this, {
    task: ([client, service, locale], { signal }) =>
      this.call('mentors', signal, async () => {
        const mentors = await this.requireClient(client).listMentors({ service: service || undefined, signal });
        // Fold every mentor's search text once, a slice at a time after the list arrives: typing then only
        // compares, and 5,000 mentors are no long task before the first of them shows.
        inSlices(mentors, mentor => this.#searchText(mentor, locale));
        return mentors;
      }),
    // Another student, language or zone drops what was shown at once.
    args: () => [this.resolvedClient, this.service, this.localize.locale, this.resolvedTimeZone] as const,
  });

  /**
   * The student's profile, and the mentors they said were not a good fit at a check-in: what "Best
   * match" reads. Neither is a reason to fail the list: without them it ranks by the page's words.
   */
  readonly #student = new LoadController(this, {
    task: async ([client], { signal }) => studentOf(client, signal),
    args: () => [this.resolvedClient] as const,
  });

  constructor() {
    super();
    // An intake saved elsewhere on the page (perhaps through another client) re-ranks the list at once.
    const reload = () => {
      dropCachedAnswers(this.resolvedClient);
      void this.#student.run();
    };
    this.addController({
      hostConnected: () => addEventListener('mentorship-profile-saved', reload),
      hostDisconnected: () => removeEventListener('mentorship-profile-saved', reload),
    });
    // "10:42 in Madrid" must stay true while the list is open: a render at each minute's start.
    new TickerController(this, () => Math.ceil((clock.now().getTime() + 1) / 60_000) * 60_000);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new search, order or service starts from the top again.
    if (['search', 'order', 'service', 'interests', 'pageSize'].some(name => changed.has(name as keyof MentorList)))
      this.shown = this.#page;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusFrom === undefined) return;
    // After "Show more", keyboard and screen-reader users land on the first mentor added.
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="book"]')[this.#focusFrom]?.focus();
    this.#focusFrom = undefined;
  }

  /** Loads the mentors again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#mentors.run();
    void this.#student.run();
  }

  override render(): TemplateResult {
    return html`<div class="list-root">
      <label class="search">
        <span class="visually-hidden">${this.localize.term('searchMentors')}</span>
        <input
          part="search"
          type="search"
          placeholder=${this.localize.term('searchMentors')}
          .value=${this.search}
          @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)}
        />
      </label>
      ${this.#mentors.render({
        initial: () => renderLoading(this.localize, 4),
        pending: () => renderLoading(this.localize, 4),
        // Shown once the student is known too: the order does not change under the student's eyes.
        complete: mentors => (this.#student.status === 'complete' ? this.#renderMentors(mentors) : renderLoading(this.localize, 4)),
        error: error => renderError(this.localize, error, () => this.refresh()),
      })}
    </div>`;
  }

  #renderMentors(all: Mentor[]): TemplateResult {
    const query = this.search.trim();
    const words = searchWords(query);
    const { locale } = this.localize;
    const mentors = words.length ? all.filter(mentor => words.every(word => this.#searchText(mentor, locale).includes(word))) : all;
    if (mentors.length === 0) {
      return html`<p part="empty" class="state" role="status">
        ${
          all.length === 0
            ? html`<slot name="empty">${this.localize.term('noMentors')}</slot>`
            : this.localize.term('noMentorsMatch', query)
        }
      </p>`;
    }
    const { profile, poorFit } = this.#student.value ?? NO_STUDENT;
    const ranked =
      this.#order === 'best-match'
        ? rankMentors(mentors, {
            interests: this.interests,
            language: this.localize.locale,
            now: clock.now(),
            timeZone: this.resolvedTimeZone,
            profile,
          })
        : mentors.map(mentor => ({ mentor }));
    // The page's and the student's own: one the student said was not a good fit goes last too.
    const last = (match: { mentor: Mentor }) => this.rankLast.includes(match.mentor.slug) || poorFit.includes(match.mentor.slug);
    const matches = [...ranked.filter(match => !last(match)), ...ranked.filter(last)];
    const more = matches.length - this.shown;
    // The count and the order on one line: a row of height less for the sidebar.
    return html`<div class="bar">
        <p part="count" class="count muted" role="status">${this.localize.term('mentorCount', mentors.length)}</p>
        <label class="order">
          <span>${this.localize.term('orderLabel')}</span>
          <select part="order" @change=${(event: Event) => (this.order = (event.target as HTMLSelectElement).value as MentorOrder)}>
            <option value="default" ?selected=${this.#order !== 'best-match'}>${this.localize.term('orderSuggested')}</option>
            <option value="best-match" ?selected=${this.#order === 'best-match'}>${this.localize.term('orderBestMatch')}</option>
          </select>
        </label>
      </div>
      <ul part="list">
        ${matches
          .slice(0, this.shown)
          .map(({ mentor, ...match }) =>
            this.#renderMentor(mentor, 'score' in match ? (match as Match) : undefined, poorFit.includes(mentor.slug)),
          )}
      </ul>
      ${
        more > 0
          ? html`<button part="button more" class="more" type="button" @click=${this.#showMore}>
            ${this.localize.term('showMoreMentors', Math.min(more, this.#page))}
          </button>`
          : nothing
      }`;
  }

  /** "React · Spanish · free tomorrow": why a mentor ranks where they do. */
  #renderReasons(match: Match): TemplateResult | typeof nothing {
    const { locale } = this.localize;
    const reasons = [...match.sharedSkills];
    const language = match.language ?? locale;
    if (match.speaksLanguage) reasons.push(formatsFor(locale).names.of(language.split('-')[0]) ?? language);
    if (match.fitsTimes) reasons.push(this.localize.term('fitsYourTimes'));
    if (match.freeInDays !== null && match.freeInDays <= 7) {
      const relative = formatsFor(locale).relative.format(match.freeInDays, 'day');
      reasons.push(this.localize.term('freeWhen', relative));
    }
    if (reasons.length === 0) return nothing;
    return html`<p part="match" class="match"><span class="visually-hidden">${this.localize.term('matchWhy')}: </span>${reasons.join(' · ')}</p>`;
  }

  #renderMentor(mentor: Mentor, match?: Match, poorFit = false): TemplateResult {
    const { locale } = this.localize;
    const localTime = this.localize.term(
      'localTimeIn',
      localTimeOf(clock.now(), locale, mentor.timezone),
      this.localize.catalog.city(mentor.timezone),
    );
    // The whole row is one control (one tab stop, named for the mentor): a button laid over it, after
    // the words a screen reader reads first; the chevron is what a pointer sees.
    return html`<li part="mentor">
      ${renderAvatar(this, mentor)}
      <div class="who">
        <h3 part="name" class="name"><bdi>${mentor.name}</bdi></h3>
        ${mentor.headline ? html`<p class="headline">${mentor.headline}</p>` : nothing}
        ${match ? this.#renderReasons(match) : nothing}
        ${poorFit ? html`<p part="poor-fit" class="match">${this.localize.term('notAGoodFit')}</p>` : nothing}
      </div>
      <span class="go" aria-hidden="true">›</span>
      <ul class="facts">
        ${this.#renderNextFree(mentor)}
        ${mentor.languages.length > 0 ? html`<li>${this.localize.term('speaks', this.#languageNames(mentor.languages))}</li>` : nothing}
        <li class="local">${localTime}</li>
        ${
          mentor.rating !== null
            ? html`<li>
              <span aria-hidden="true">★ ${this.#formatRating(mentor.rating)}</span>
              <span class="visually-hidden">${this.localize.term('rating', this.#formatRating(mentor.rating))}</span>
            </li>`
            : nothing
        }
      </ul>
      <button
        part="book"
        type="button"
        aria-label=${this.localize.term(this.resolvedClient && !this.resolvedClient.capabilities.availability ? 'bookOnCalendarOf' : 'bookNowWith', mentor.name)}
        @click=${() => this.#select(mentor)}
      ></button>
    </li>`;
  }

  #renderNextFree(mentor: Mentor): TemplateResult | typeof nothing {
    if (mentor.nextAvailableAt === undefined) return nothing;
    if (mentor.nextAvailableAt === null) return html`<li>${this.localize.term('notFreeSoon')}</li>`;
    // Within the week, the weekday is enough ("Mon 11:00 AM"); further away, the date too.
    const soon = Date.parse(mentor.nextAvailableAt) - clock.now().getTime() < 6 * 24 * 3_600_000;
    const when = formatInZone(mentor.nextAvailableAt, this.localize.locale, this.resolvedTimeZone, {
      weekday: 'short',
      ...(soon ? {} : { day: 'numeric', month: 'short' }),
      hour: 'numeric',
      minute: '2-digit',
    });
    // The student's time, on one line.
    return html`<li>${this.localize.term('nextFree', when.replace(/\s/g, '\u00a0'))}</li>`;
  }

  /** A page of mentors: `page-size`, or 20 when it is not a whole number above 0. */
  get #page(): number {
    return this.pageSize >= 1 ? Math.floor(this.pageSize) : PAGE;
  }

  /** The order shown: the page's, else "Best match" once the student has a profile. */
  get #order(): MentorOrder {
    return this.order ?? (this.#student.value?.profile ? 'best-match' : 'default');
  }

  readonly #showMore = () => {
    this.#focusFrom = this.shown;
    this.shown += this.#page;
  };

  #select(mentor: Mentor): void {
    this.dispatchEvent(new MentorSelectEvent({ mentor, service: this.service || undefined }));
  }

  #languageNames(languages: readonly string[]): string {
    const { names, list } = formatsFor(this.localize.locale);
    const named = languages.map(code => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    });
    return list.format(named);
  }

  #formatRating(rating: number): string {
    return formatsFor(this.localize.locale).rating.format(rating);
  }

  #searchText(mentor: Mentor, locale: string): string {
    return searchTextOf(mentor, locale, () => [
      mentor.name,
      mentor.headline,
      ...mentor.skills,
      ...mentor.languages,
      this.#languageNames(mentor.languages),
    ]);
  }
}
