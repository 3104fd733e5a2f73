import { css } from 'lit';

/** The compact count's look (the full view brings its own, full-view.ts). */
export const styles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* "0 disponibles" on one line: the bucket's name wraps instead. */
  .compact {
    font-weight: 600;
    white-space: nowrap;
  }
  .compact.empty {
    color: var(--_danger);
  }
  .compact.spent {
    font-weight: 400;
    color: var(--_muted);
  }
  ul.compact-list {
    gap: 2px;
    font-size: 0.875rem;
  }
  /* Plain lines, even where the full view's bucket boxes were adopted before. */
  .compact-list li {
    display: flex;
    justify-content: space-between;
    gap: 8px;
    padding: 0;
    border: 0;
    background: none;
  }
  .compact-list .name {
    font-weight: 400;
    color: var(--_muted);
  }
`;
