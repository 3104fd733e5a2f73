/** The language and time zone the demo's provider uses, with a toolbar to change them live. */
import { html, type TemplateResult } from 'lit';

export const ZONES = [
  'America/Bogota',
  'America/Caracas',
  'America/New_York',
  'Europe/Madrid',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
];

function setOnProvider(name: 'locale' | 'time-zone', value: string): void {
  document.querySelector('mentorship-provider')?.setAttribute(name, value);
}

export function settingsToolbar(): TemplateResult {
  return html`<div class="toolbar">
    <label
      >Language
      <select @change=${(event: Event) => setOnProvider('locale', (event.target as HTMLSelectElement).value)}>
        <option value="en">English</option>
        <option value="es">Español</option>
      </select>
    </label>
    <label
      >Student's time zone
      <select @change=${(event: Event) => setOnProvider('time-zone', (event.target as HTMLSelectElement).value)}>
        ${ZONES.map(zone => html`<option>${zone}</option>`)}
      </select>
    </label>
  </div>`;
}
