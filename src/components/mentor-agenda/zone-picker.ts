/**
 * The agenda's time-zone picker, fetched when the student asks to change the zone (most never do):
 * a combobox over every IANA zone the browser knows, searched by the names people read ("Colombia
 * Time", "hora de Colombia", from `Intl` in the widget's language), by city (in that language too:
 * "Nueva York") and by IANA id. The student's zone, the browser's and the mentor's come first, in an
 * order fixed when the picker opens (choosing one does not move the others).
 */
import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import { foldForSearch, searchWords } from '../../utils/search.js';
import { browserTimeZone, currentZoneName } from '../../utils/time.js';
import { zoneLabel } from './zone-label.js';
import { adoptSheet } from '../../styles/base.js';

/** The picker's look, added to the agenda's shadow root when it first opens (the agenda's own CSS stays lean). */
const styles = css`
  .zone-picker {
    display: grid;
    min-width: 0;
    gap: 4px;
    font-size: 0.8125rem;
  }
  .zones {
    max-height: 240px;
    overflow-y: auto;
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
  }
  .zones li {
    display: grid;
    min-height: 32px;
    padding: 4px 8px;
    cursor: pointer;
  }
  .zones small {
    color: var(--_muted);
  }
  .zones .last-first {
    border-bottom: 1px solid var(--_border);
  }
  .zones .active,
  .zones li:hover {
    background: var(--_surface-alt);
  }
  .zones [aria-selected='true'] {
    font-weight: 600;
  }
`;

interface Zone {
  id: string;
  /** "Colombia Time (GMT-5)". */
  label: string;
  /** What a search looks in: the name, the offset, the city in the widget's language, the id, folded. */
  search: string;
}

/** Every zone the browser knows, each under its current name (Asia/Kolkata, not Asia/Calcutta). */
function everyZone(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(known.map(currentZoneName))].sort();
}

function describe(id: string, localize: LocalizeController): Zone {
  const label = zoneLabel(id, localize.locale);
  return { id, label, search: foldForSearch(`${label} ${localize.catalog.city(id)} ${id.replaceAll('_', ' ')}`) };
}

export interface ZonePickerOptions {
  localize: LocalizeController;
  /** The zone the times are shown in now. */
  current: string;
  /** Zones to offer first after the student's and the browser's, e.g. the mentor's. */
  featured: readonly string[];
  /** The picker is done: with the zone chosen, or without one (Escape). */
  done: (zone?: string) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ZonePicker {
  #query = '';
  #active = 0;
  readonly #zones: Zone[];
  readonly #first: number;

  /** Opens on `host`'s next render, with the keyboard in the search field. */
  constructor(
    private readonly host: Host,
    private readonly options: ZonePickerOptions,
  ) {
    const { localize, current, featured } = options;
    // The picker's look joins the host's own styles (constructed style sheets: fine under a strict CSP).
    adoptSheet(host.shadowRoot, styles);
    this.#focus('#zone-search');
    const first = [...new Set([current, browserTimeZone(), ...featured])];
    const rest = everyZone().filter(zone => !first.includes(zone));
    this.#first = first.length;
    this.#zones = [...first, ...rest].map(zone => describe(zone, localize));
  }

  get #matches(): Zone[] {
    const words = searchWords(this.#query);
    return words.length ? this.#zones.filter(zone => words.every(word => zone.search.includes(word))) : this.#zones;
  }

  // The options are clicked with a pointer; the keyboard stays in the combobox (aria-activedescendant).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  render(): TemplateResult {
    const { localize, current } = this.options;
    const matches = this.#matches;
    const active = Math.min(this.#active, matches.length - 1);
    return html`<div class="zone-picker">
      <label id="zone-label" for="zone-search">${localize.term('timeZone')}</label>
      <input
        id="zone-search"
        aria-labelledby="zone-label"
        part="time-zone"
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls="zones"
        aria-autocomplete="list"
        aria-activedescendant=${active >= 0 ? `zone-${matches[active].id}` : ''}
        autocomplete="off"
        placeholder=${localize.term('searchZones')}
        .value=${this.#query}
        @input=${(event: InputEvent) => this.#search((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, matches, active)}
      />
      <ul id="zones" class="zones" role="listbox" aria-labelledby="zone-label">
        ${matches.map(
          (zone, index) =>
            html`<li
              id="zone-${zone.id}"
              role="option"
              class="${index === active ? 'active' : ''} ${!this.#query && index === this.#first - 1 ? 'last-first' : ''}"
              aria-selected=${zone.id === current ? 'true' : 'false'}
              @click=${() => this.#done(zone.id)}
            >
              <span>${zone.label}</span> <small>${localize.catalog.city(zone.id)}</small>
            </li>`,
        )}
      </ul>
      ${matches.length ? '' : html`<p class="muted" role="status">${localize.term('noZonesMatch')}</p>`}
    </div>`;
  } /* eslint-enable lit-a11y/click-events-have-key-events */

  /** Focuses what matches `selector` in the host once it has rendered. */
  #focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Closes, with a zone or without, and gives the keyboard back to "Change". */
  #done(zone?: string): void {
    this.options.done(zone);
    this.#focus('[part~="change-zone"]');
  }

  #search(query: string): void {
    this.#query = query;
    this.#active = 0;
    this.host.requestUpdate();
  }

  #onKeydown(event: KeyboardEvent, matches: Zone[], active: number): void {
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) {
      this.#active = Math.max(0, Math.min(matches.length - 1, active + move));
      this.host.requestUpdate();
      const list = (event.target as HTMLElement).parentElement?.querySelector('.zones');
      void this.host.updateComplete.then(() => list?.querySelector('.active')?.scrollIntoView({ block: 'nearest' }));
    } else if (event.key === 'Enter' && matches[active]) {
      this.#done(matches[active].id);
    } else if (event.key === 'Escape') {
      this.#done();
    } else {
      return;
    }
    event.preventDefault();
  }
}
