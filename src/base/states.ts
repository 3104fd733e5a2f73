/** The loading and error states every component shows the same way. */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isMentorshipError } from '../client/errors.js';
import type { MentorshipClient } from '../client/types.js';
import type { LocalizeController } from '../controllers/localize.js';

/** Thrown by a component's data task when the page gave it no backend: a set-up error, not a failure. */
export class NoClientError extends Error {
  constructor() {
    super('mentorship-widgets: no backend. Give the tag a <mentorship-provider>, an api-base or a .client.');
  }
}

/**
 * A page's tags without a client: how long each shows its loading state before it says mentoring is
 * not available (a page may set `.client` after a round trip of its own; tests shorten it), and whether
 * the console has the set-up error already (one line, however many tags lack a client).
 */
export const clientGrace = { ms: 5000, told: false };

/**
 * Whether "Try again" can help: not for refusals (403, 404, 402…) nor for a page set-up error. A 401 can:
 * the host may have renewed the student's token since.
 */
export function canRetry(error: unknown): boolean {
  if (error instanceof NoClientError) return false;
  return isMentorshipError(error) ? error.retryable || ['invalid-response', 'unauthorized', 'unconfirmed'].includes(error.code) : true;
}

/** A skeleton of `lines` bars while something loads; announced as busy. */
export function renderLoading(localize: LocalizeController, lines = 3): TemplateResult {
  // Focusable by script only: focus rests here while "Try again" loads (see MentorshipElement.updated).
  return html`<div part="loading" class="skeleton" role="status" aria-busy="true" tabindex="-1">
    <span class="visually-hidden">${localize.term('loading')}</span>
    ${Array.from({ length: lines }, () => html`<span aria-hidden="true"></span>`)}
  </div>`;
}

/** What went wrong, in the student's words. */
export function errorText(localize: LocalizeController, error: unknown): string {
  if (error instanceof NoClientError) return localize.term('notAvailable');
  return localize.catalog.errors[isMentorshipError(error) ? error.code : 'unknown'];
}

/** A refusal in the backend's own words (a policy, a limit: shown as text), anything else in ours. */
export function refusalText(localize: LocalizeController, error: unknown): string {
  return (isMentorshipError(error) && error.reason) || errorText(localize, error);
}

/** The error in the student's words, with "Try again" where retrying makes sense. */
export function renderError(localize: LocalizeController, error: unknown, retry: () => void): TemplateResult {
  return html`<div part="error" class="state state--error" role="alert">
    <p>${errorText(localize, error)}</p>
    ${canRetry(error) ? html`<button part="button retry" type="button" @click=${retry}>${localize.term('tryAgain')}</button>` : nothing}
  </div>`;
}

// "Contact support" where a student is stuck, for tags in the collapsed card's bytes (the card, the
// credits): the support code (support.ts) and the programme manager are fetched the first time it
// shows, which for most students is never.
let support: typeof import('./support.js') | undefined;

export interface StuckContacts {
  client: MentorshipClient | undefined;
  url?: string;
  email?: string;
}

/** The support contacts (the page's and the programme manager), once their code is here; nothing until then. */
export function renderStuck(
  host: ReactiveControllerHost,
  localize: LocalizeController,
  contacts: StuckContacts,
): TemplateResult | typeof nothing {
  if (!support) {
    // Offline, the code cannot come: the error or empty state shown already says what it can.
    import('./support.js').then(
      module => {
        support = module;
        host.requestUpdate();
      },
      () => undefined,
    );
    return nothing;
  }
  const manager = support.managerOf(contacts.client, () => host.requestUpdate());
  return support.renderSupport(localize, { ...contacts, manager });
}
