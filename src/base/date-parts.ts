/**
 * A calendar day as three choices — day, month and year — in the widget's language and in its order
 * (the parts of a long date from `Intl`: "1 de enero de 2027" puts the day first). A native date input
 * speaks the browser's language, not the page's ("mm/dd/yyyy" on a Spanish page), so the goal form's
 * "By when?" and a mentor's days off use this instead. The value is `YYYY-MM-DD` with a part still to
 * choose left empty (`2027--`), which the forms' checks refuse like any day that does not exist. Month
 * names and the parts' names come from `Intl`: no words of ours.
 */
import { css, html, type TemplateResult } from 'lit';
import { intl } from '../utils/intl.js';

type DatePart = 'year' | 'month' | 'day';

export interface DatePartsOptions {
  locale: string;
  /** `YYYY-MM-DD`, a part not chosen yet left empty. */
  value: string;
  /** The first of the six years offered (a value's own year is offered too). */
  firstYear: number;
  /** The first choice's id (the others `${id}-month`, …), and the stem of their names. */
  id: string;
  invalid: boolean;
  /** Called with the new value as each part is chosen. */
  change: (value: string) => void;
}

/** The three choices side by side, wrapping in a narrow sidebar. */
export const datePartsStyles = css`
  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .date-parts select {
    flex: 1 1 auto;
    min-width: 0;
  }
`;

/** `text` with its first letter a capital, as a list of choices writes it ("Enero", "Day"). */
const capital = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
/** The days of a month (of a leap year while no year is chosen, so that 29 February can be picked first). */
const daysIn = (year: string, month: string) => (month ? new Date(Date.UTC(Number(year) || 2024, Number(month), 0)).getUTCDate() : 31);
const pad = (value: number) => String(value).padStart(2, '0');

export function renderDateParts({ locale, value, firstYear, id, invalid, change }: DatePartsOptions): TemplateResult {
  const [year = '', month = '', day = ''] = value.split('-');
  const chosen: Record<DatePart, string> = { year, month, day };
  const years = Array.from({ length: 6 }, (_, index) => String(firstYear + index));
  if (year && !years.includes(year)) years.unshift(year);
  const monthName = intl(Intl.DateTimeFormat, locale, { month: 'long', timeZone: 'UTC' });
  const choices: Record<DatePart, string[][]> = {
    day: Array.from({ length: daysIn(year, month) }, (_, index) => [pad(index + 1), String(index + 1)]),
    month: Array.from({ length: 12 }, (_, index) => [pad(index + 1), capital(monthName.format(Date.UTC(2000, index, 1)), locale)]),
    year: years.map(each => [each, each]),
  };
  const order = intl(Intl.DateTimeFormat, locale, { dateStyle: 'long', timeZone: 'UTC' })
    .formatToParts(0)
    .map(part => part.type)
    .filter((type): type is DatePart => type in chosen);
  const names = intl(Intl.DisplayNames, locale, { type: 'dateTimeField' });
  const choose = (part: DatePart, picked: string) => {
    const next = { ...chosen, [part]: picked };
    // A day past the month's end (31 after choosing April) becomes its last.
    if (next.day && Number(next.day) > daysIn(next.year, next.month)) next.day = pad(daysIn(next.year, next.month));
    change(`${next.year}-${next.month}-${next.day}`);
  };
  return html`<div class="date-parts">
    ${order.map((part, index) => {
      const name = capital(names.of(part) ?? part, locale);
      return html`<select
        id=${index === 0 ? id : `${id}-${part}`}
        name="${id}-${part}"
        aria-label=${name}
        aria-invalid=${invalid ? 'true' : 'false'}
        required
        @input=${(event: Event) => choose(part, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!chosen[part]}>${name}</option>
        ${choices[part].map(([option, text]) => html`<option value=${option} ?selected=${option === chosen[part]}>${text}</option>`)}
      </select>`;
    })}
  </div>`;
}
