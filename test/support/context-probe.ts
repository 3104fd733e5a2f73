/**
 * A minimal component on the public base class, showing what it resolved: the tests' stand-in for
 * any mentorship component.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import { MentorshipElement, MentorshipError } from '../../src/index.js';
import { LoadController } from '../../src/controllers/load.js';
import { defineElement } from '../../src/utils/define.js';

export class ContextProbe extends MentorshipElement {
  private readonly services = new LoadController(this, {
    task: async ([client], { signal }) => (client ? (await client.listServices({ signal })).length : 'no client'),
    args: () => [this.resolvedClient] as const,
  });

  override render(): TemplateResult {
    return html`<output id="locale">${this.localize.locale}</output>
      <output id="zone">${this.resolvedTimeZone}</output>
      <output id="text">${this.localize.term('tryAgain')}</output>
      <output id="services"
        >${this.services.render({
          pending: () => 'pending',
          complete: (count: number | string) => String(count),
          error: error => `error: ${(error as MentorshipError).code}`,
        })}</output
      >`;
  }
}

/** Holds a probe inside its own shadow root, so context must cross a shadow boundary to reach it. */
export class ProbeHost extends LitElement {
  override render(): TemplateResult {
    return html`<div><context-probe></context-probe></div>`;
  }
}

defineElement('context-probe', ContextProbe);
defineElement('probe-host', ProbeHost);

/** What a probe shows, by field. */
export function read(probe: Element, field: 'locale' | 'zone' | 'text' | 'services'): string {
  return probe.shadowRoot!.querySelector(`#${field}`)!.textContent.trim();
}

/** The probe inside a `<probe-host>`'s shadow root. */
export function innerProbe(host: Element): ContextProbe {
  return host.shadowRoot!.querySelector('context-probe')!;
}
