import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .goals {
    display: grid;
    gap: var(--_space);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
  }
  h3,
  h4 {
    margin: 0;
    font-size: 1rem;
  }
  h4 {
    font-size: 0.9375rem;
  }
  .list,
  .steps,
  .goal-sessions ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .more {
    width: 100%;
  }
  .goal,
  .goal-form {
    display: grid;
    gap: 8px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .goal-head {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: 8px;
  }
  .status {
    flex: none;
    padding: 1px 8px;
    border-radius: 999px;
    background: var(--_surface-alt);
    font-size: 0.75rem;
    font-weight: 600;
  }
  .meta,
  .smart,
  .goal-sessions p {
    margin: 0;
    font-size: 0.8125rem;
  }
  .overdue {
    color: var(--_danger);
  }
  .progress {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 8px;
    font-size: 0.8125rem;
  }
  progress,
  input[type='range'] {
    width: 100%;
    accent-color: var(--_accent);
  }
  .smart dt {
    font-weight: 600;
  }
  .smart dd {
    margin: 0 0 4px;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .check input {
    min-height: 0;
    margin: 3px 0 0;
    accent-color: var(--_accent);
  }
  .done {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .goal-sessions summary {
    cursor: pointer;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .goal-sessions ul {
    margin-top: 8px;
  }
  .goal-sessions > ul > li {
    display: grid;
    gap: 4px;
    padding-left: 10px;
    border-left: 3px solid var(--_border);
  }
  .goal-sessions li ul {
    list-style: disc;
    padding-left: 18px;
    gap: 2px;
    margin: 0;
    font-size: 0.8125rem;
  }
  .when {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
`;
