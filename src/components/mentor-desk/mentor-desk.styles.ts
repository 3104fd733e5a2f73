import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .desk,
  .panel {
    display: grid;
    gap: var(--_space);
  }
  .tabs {
    display: flex;
    gap: 4px;
    border-bottom: 1px solid var(--_border);
  }
  .tabs button {
    border: 0;
    border-bottom: 3px solid transparent;
    border-radius: 0;
    background: none;
  }
  .tabs [aria-pressed='true'] {
    border-bottom-color: var(--_accent);
    font-weight: 600;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 10px;
  }
  .more {
    width: 100%;
  }
  .session {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 12px;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .body {
    display: grid;
    gap: 6px;
    min-width: 0;
  }
  .body p,
  .context p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .when,
  .small {
    font-size: 0.875rem;
  }
  .status {
    display: inline-block;
    padding: 0 8px;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    background: var(--_surface-alt);
  }
  .status--due {
    background: var(--_accent);
    color: var(--_surface);
  }
  .status--absent {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .context {
    font-size: 0.875rem;
  }
  .context summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  .context dl {
    display: grid;
    gap: 6px;
    margin: 6px 0 0;
  }
  .context dt {
    font-weight: 600;
  }
  .context dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .context ul {
    margin: 2px 0 0;
    padding-inline-start: 18px;
  }
  .steps {
    list-style: none;
    padding: 0;
  }
  .steps li::before {
    content: '○ ';
    color: var(--_muted);
  }
  .steps .done::before {
    content: '✓ ';
    color: var(--_success);
  }
  progress {
    width: 100%;
    accent-color: var(--_accent);
  }
  @container (max-width: 479px) {
    .session {
      --_avatar-size: 32px;
      gap: 10px;
      padding: 10px;
    }
  }
`;
