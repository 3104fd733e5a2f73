import { css } from 'lit';

/**
 * The open card's look: added to the card's shadow root with the steps' code, so the collapsed card
 * (most page views) carries none of it.
 */
export const openFlowStyles = css`
  /* Back and title share a row while they fit, and wrap (at 200% zoom in a sidebar) when not. */
  .step-header {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
  }
  .step-heading {
    flex: 1 1 9em;
    min-width: 0;
    display: grid;
  }
  .step-title {
    margin: 0;
    font-size: 1.0625rem;
    overflow-wrap: anywhere;
  }
  .step-title:focus {
    outline: none;
  }
  .step-count {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .back {
    padding: 4px 10px;
  }
  .services {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .service {
    width: 100%;
    display: grid;
    justify-items: start;
    text-align: start;
    gap: 2px;
    padding: 10px 12px;
  }
  .service strong {
    overflow-wrap: anywhere;
  }
  .service span {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .service .no-credits {
    font-weight: 600;
    color: var(--_danger);
  }
  .search input {
    width: 100%;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, auto) minmax(0, 1fr);
    gap: 6px 12px;
    font-size: 0.875rem;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .agenda-field {
    display: grid;
    gap: 4px;
  }
  .agenda-field label {
    font-weight: 600;
  }
  .agenda-field .muted {
    font-size: 0.8125rem;
  }
  /* A long goal title is cut in the closed select rather than widening the card. */
  .agenda-field select {
    width: 100%;
  }
  textarea {
    width: 100%;
    min-height: 84px;
    resize: vertical;
  }
  .done {
    display: grid;
    gap: 8px;
  }
  .done p {
    margin: 0;
  }
  .change-policy {
    margin: 0;
    font-size: 0.8125rem;
  }
  /* Who and what stay in view from the mentor step on. */
  .context {
    display: grid;
    gap: 4px;
    padding: 8px 10px;
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_surface-alt);
    font-size: 0.8125rem;
  }
  .context p {
    margin: 0;
  }
  .context .length {
    white-space: nowrap;
  }
  .context .who {
    --_avatar-size: 24px;
    display: flex;
    align-items: center;
    gap: 8px;
  }
`;
