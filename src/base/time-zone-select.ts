/** A time-zone picker: the zones that matter here first, then every zone the browser knows. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../controllers/localize.js';
import { clock } from '../utils/clock.js';
import { zoneOffsetLabel } from '../utils/days.js';
import { browserTimeZone, currentZoneName } from '../utils/time.js';

let allZones: string[] | undefined;

function everyZone(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  allZones ??= [...new Set(known.map(currentZoneName))].sort();
  return allZones;
}

function label(zone: string, locale: string): string {
  return `${zone.replaceAll('_', ' ')} (${zoneOffsetLabel(clock.now(), locale, zone)})`;
}

/**
 * @param expanded whether to list every zone: a few hundred options cost more than the agenda's times,
 *   so they are rendered only once the student reaches for the picker (`onExpand`).
 */
export function renderTimeZoneSelect(
  localize: LocalizeController,
  current: string,
  /** Zones to offer first, e.g. the mentor's; the current and the browser's zones are always there. */
  featured: readonly string[],
  onChange: (zone: string) => void,
  expanded: boolean,
  onExpand: () => void,
): TemplateResult {
  const { locale } = localize;
  const first = [...new Set([current, browserTimeZone(), ...featured])];
  const rest = expanded ? everyZone().filter(zone => !first.includes(zone)) : [];
  return html`<label class="zone-picker">
    <span>${localize.term('timeZone')}</span>
    <select
      part="time-zone"
      @focus=${onExpand}
      @pointerdown=${onExpand}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      ${first.map(zone => html`<option value=${zone} ?selected=${zone === current}>${label(zone, locale)}</option>`)}
      ${
        expanded
          ? html`<optgroup label=${localize.term('allTimeZones')}>
            ${rest.map(zone => html`<option value=${zone}>${zone.replaceAll('_', ' ')}</option>`)}
          </optgroup>`
          : nothing
      }
    </select>
  </label>`;
}
