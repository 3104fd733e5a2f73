import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .agenda {
    display: grid;
    /* One column as wide as the agenda, whatever its content's minimum (a zone's long name in the
       picker): in a 140 px sidebar the toolbar otherwise overflowed for a frame. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  .toolbar {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 8px;
  }
  .range {
    overflow-wrap: anywhere;
    margin: 0;
    text-align: center;
    font-size: 0.9375rem;
  }
  .zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 8px;
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .days {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
  }
  @container (min-width: 640px) {
    .days {
      grid-template-columns: repeat(auto-fill, minmax(120px, 1fr));
      align-items: start;
    }
  }
  .day {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    /* Days below the fold skip layout and paint until scrolled to (they stay in the accessibility
       tree and reachable by keyboard): a 14-day agenda's first render then fits a frame. */
    content-visibility: auto;
    /* A height to reserve while skipped; the width stays the column's (a width here overflowed narrow cards). */
    contain-intrinsic-block-size: auto 160px;
  }
  .day-name {
    flex-basis: 100%;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .day button {
    min-width: 64px;
    padding: 4px 10px;
    font-variant-numeric: tabular-nums;
    /* "12:00 PM" never breaks across lines. */
    white-space: nowrap;
  }
  .day [aria-pressed='true'],
  .strip [aria-checked='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  /* The strip of days shows only in a narrow container (a sidebar): see the query below. */
  .strip {
    display: none;
  }
  .strip button {
    display: grid;
    padding: 4px 0;
    font-size: 0.75rem;
    line-height: 1.3;
  }
  .strip strong {
    font-size: 0.9375rem;
  }
  .strip .count {
    opacity: 0.75;
  }
  @container (max-width: 479px) {
    .strip {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(32px, 1fr);
      gap: 3px;
      overflow-x: auto;
    }
    /* Only the chosen day's times, in even columns: three at 320 px, two at 280 px. */
    .day:not(.chosen) {
      display: none;
    }
    .day {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(84px, 1fr));
    }
    .day-name,
    .no-times {
      grid-column: 1 / -1;
    }
    .day button {
      width: 100%;
    }
  }
  .no-times {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .selection {
    display: grid;
    gap: 6px;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .selection p {
    margin: 0;
  }
`;
