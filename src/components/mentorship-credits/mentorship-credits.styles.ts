import { css } from 'lit';

export const styles = css`
  .credits {
    display: grid;
    gap: 8px;
  }
  .title {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 8px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface);
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .count {
    font-weight: 700;
    white-space: nowrap;
  }
  .count.empty {
    color: var(--_danger);
  }
  .renewal {
    grid-column: 1 / -1;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
  }
  .compact {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
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
