import { css } from 'lit';

export const styles = css`
  .card {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.33);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .eyebrow {
    margin: 0;
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .title {
    overflow-wrap: anywhere;
    margin: 2px 0 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .people {
    display: flex;
    align-items: center;
    gap: 10px;
    flex-wrap: wrap;
  }
  .avatars {
    --_avatar-size: 36px;
    display: flex;
  }
  .avatars > * {
    border: 2px solid var(--_surface);
  }
  .avatars > * + * {
    margin-left: -8px;
  }
  .people .skeleton {
    width: 120px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
  }
  .actions .primary {
    flex: 1 1 auto;
  }
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
`;
