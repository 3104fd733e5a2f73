import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  .sessions,
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
    margin-top: 10px;
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
  .body p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .when,
  .agenda,
  .countdown {
    font-size: 0.875rem;
  }
  .status {
    display: inline-block;
    margin-inline-start: 6px;
    padding: 0 8px;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    background: var(--_surface-alt);
  }
  .status--started {
    background: var(--_success);
    color: var(--_surface);
  }
  .status--canceled,
  .status--missed {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
    font-weight: 600;
  }
  mentor-agenda {
    justify-self: stretch;
  }
  /* In a sidebar: one button per session stands out (Join); the others are a compact row of text buttons. */
  @container (max-width: 479px) {
    .session {
      --_avatar-size: 32px;
      gap: 10px;
      padding: 10px;
    }
    .actions {
      gap: 0 14px;
    }
    .actions > button:not(.primary) {
      padding: 4px 0;
      border-color: transparent;
      background: none;
      color: var(--_accent);
      font-size: 0.8125rem;
      text-decoration: underline;
    }
    .actions > button[aria-expanded='true'] {
      font-weight: 600;
    }
  }
  .rated {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .rated span {
    color: var(--_accent);
  }
`;
