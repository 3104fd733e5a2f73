/**
 * "Contact support" / "Escribe a soporte": the way out where a student is stuck (no credits, credits
 * unclear, an error that retrying does not fix). The page gives `support-url` and/or `support-email`;
 * the backend may give the programme manager. The journey imports this module; the card and the
 * credits fetch it the first time a student is stuck (stuck.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MentorshipClient, MentorshipProgram } from '../client/types.js';
import type { LocalizeController } from '../controllers/localize.js';
import '../i18n/en/support.js';
import { safeHttpUrl } from '../utils/url.js';

type Manager = NonNullable<MentorshipProgram['manager']>;

export interface SupportContacts {
  url?: string | null;
  email?: string | null;
  manager?: Manager | null;
}

/** A `mailto:` link for an address that looks like one; `null` for anything else. */
export function mailto(email: string | null | undefined): string | null {
  return typeof email === 'string' && /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(email.trim())
    ? `mailto:${email.trim()}`
    : null;
}

/** The page's support link (its URL before its address) and the manager's address, or nothing without either. */
export function renderSupport(localize: LocalizeController, contacts: SupportContacts): TemplateResult | typeof nothing {
  const support = safeHttpUrl(contacts.url) ?? mailto(contacts.email);
  const manager = contacts.manager && mailto(contacts.manager.email);
  if (!support && !manager) return nothing;
  // A paragraph each: the two ways to ask stand apart, one under the other, on every tag's page.
  return html`<div part="support" class="support">
    ${support ? html`<p><a href=${support} target="_blank" rel="noopener">${localize.term('contactSupport')}</a></p>` : nothing}
    ${manager ? html`<p><a href=${manager}>${localize.term('writeToManager', contacts.manager!.name)}</a></p>` : nothing}
  </div>`;
}

/** Each client's programme manager: `null` for none, a promise while asked. */
const managers = new WeakMap<MentorshipClient, Manager | null | Promise<unknown>>();

/**
 * The programme manager of the client's student, when the backend has programmes: asked once per
 * client; `undefined` until the answer, then `arrived` is called. Without an answer (a failure) there
 * is no manager to offer: the page's own support contact still shows, and the failure is not the
 * student's problem of the moment, so it is not reported.
 */
export function managerOf(client: MentorshipClient | undefined, arrived: () => void): Manager | null | undefined {
  if (!client?.capabilities.program || !client.getProgram) return null;
  let known = managers.get(client);
  if (known === undefined) {
    known = client.getProgram().then(
      program => managers.set(client, program.manager ?? null),
      () => managers.set(client, null),
    );
    managers.set(client, known);
  }
  if (!(known instanceof Promise)) return known;
  void known.then(arrived);
  return undefined;
}
