/** The 1–5 stars a student rates a session with: the rating form's and the check-in's. */
import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';

/** A radio group of five stars named `rating-<session id>`; `chosen` is filled up to, `choose` hears a press. */
export function renderStars(
  localize: LocalizeController,
  session: string,
  chosen: number | undefined,
  choose: (stars: number) => void,
): TemplateResult {
  return html`<fieldset class="stars">
    <legend>${localize.term('rateQuestion')}</legend>
    ${[1, 2, 3, 4, 5].map(
      stars => html`<label class="star">
        <input type="radio" name="rating-${session}" .value=${String(stars)} .checked=${chosen === stars} @change=${() => choose(stars)} /><span
          aria-hidden="true"
          >${chosen !== undefined && stars <= chosen ? '★' : '☆'}</span
        ><span class="visually-hidden">${localize.term('stars', stars)}</span>
      </label>`,
    )}
  </fieldset>`;
}
