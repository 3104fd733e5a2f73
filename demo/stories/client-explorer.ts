/**
 * Calls every method of the contract through the client a provider gives, as a component would, and
 * shows what came back: the quickest way to see the REST contract and the mock backend at work. It is
 * also an example of a custom component built on the library's `MentorshipElement`.
 */
import { html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isMentorshipError, MentorshipElement, type MentorshipClient } from '../../src/index.js';
import { defineElement } from '../../src/utils/define.js';
import type { Story } from './story.js';

const SERVICE = 'geekpal-coding-mentorship';
const MENTOR = 'ana-garcia';
const DAY = 86_400_000;

const calls: Array<[string, (client: MentorshipClient, timeZone: string) => Promise<unknown>]> = [
  ['listServices()', client => client.listServices()],
  ['listMentors({ service })', client => client.listMentors({ service: SERVICE })],
  [
    'getAvailability(next 3 days)',
    client =>
      client.getAvailability({
        mentor: MENTOR,
        service: SERVICE,
        from: new Date().toISOString(),
        to: new Date(Date.now() + 3 * DAY).toISOString(),
      }),
  ],
  ['getCredits()', client => client.getCredits()],
  ['listSessions({ status: "upcoming" })', client => client.listSessions({ status: 'upcoming' })],
  [
    'bookSession(first free time)',
    async (client, timeZone) => {
      const from = new Date().toISOString();
      const to = new Date(Date.now() + 7 * DAY).toISOString();
      const { slots } = await client.getAvailability({ mentor: MENTOR, service: SERVICE, from, to });
      if (slots.length === 0) return 'No free time this week.';
      return client.bookSession({
        mentor: MENTOR,
        service: SERVICE,
        startsAt: slots[0].startsAt,
        timezone: timeZone,
        agenda: 'Booked from the client explorer',
        idempotencyKey: crypto.randomUUID(),
      });
    },
  ],
];

class ClientExplorer extends MentorshipElement {
  @state() private output = 'Pick a call.';

  private async run(call: (typeof calls)[number][1]): Promise<void> {
    const client = this.resolvedClient;
    if (!client) {
      this.output = 'No client: put this inside a <mentorship-provider> or give it an api-base.';
      return;
    }
    this.output = '…';
    try {
      this.output = JSON.stringify(await call(client, this.resolvedTimeZone), null, 2);
    } catch (error) {
      this.output = isMentorshipError(error)
        ? `MentorshipError ${error.code} (HTTP ${error.status ?? '–'}, retryable: ${error.retryable}): ${error.message}`
        : String(error);
    }
  }

  override render(): TemplateResult {
    return html`
      <p>Locale <code>${this.localize.locale}</code> · time zone <code>${this.resolvedTimeZone}</code></p>
      ${calls.map(([label, call]) => html`<button type="button" @click=${() => this.run(call)}>${label}</button> `)}
      <pre aria-live="polite" style="max-height:420px;overflow:auto;background:#0f1420;color:#d6deeb;padding:1rem;border-radius:8px">${this.output}</pre>
    `;
  }
}
defineElement('client-explorer', ClientExplorer);

export const clientExplorer: Story = {
  id: 'client',
  group: 'Library',
  title: 'Client explorer',
  render: () => html`
    <mentorship-provider api-base="/api" time-zone="America/Bogota">
      <section class="lms-card">
        <h2>Client explorer</h2>
        <p>
          Each button calls the <code>MentorshipClient</code> that the provider builds from
          <code>api-base="/api"</code>; MSW answers from the in-memory store in this tab.
        </p>
        <client-explorer></client-explorer>
      </section>
    </mentorship-provider>
  `,
};
