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
    min-width: 0;
    overflow-wrap: anywhere;
    margin: 0;
    text-align: center;
    font-size: 0.9375rem;
  }
  .zone-picker {
    display: grid;
    min-width: 0;
    gap: 4px;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .zone-picker select {
    width: 100%;
    color: var(--_text);
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
  }
  .day button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
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
