// The host LMS's own code, with its own copy of Lit (bundled here apart from the widgets' copy).
import { html, LitElement, type TemplateResult } from 'lit';

class HostGreeting extends LitElement {
  override render(): TemplateResult {
    return html`<p>Hello from the host app</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);
