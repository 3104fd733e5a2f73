import { css } from 'lit';

export const styles = css`
  .journey {
    display: grid;
    gap: var(--_space);
  }
  h3,
  h4,
  .name {
    margin: 0;
  }
  h3 {
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .name {
    font-size: 1.125rem;
    font-weight: 700;
  }
  h4 {
    font-size: 1rem;
  }
  dl {
    margin: 0;
    display: grid;
    gap: 2px;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 6px;
  }
  dd ul,
  .resources ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  progress {
    display: block;
    width: 100%;
    accent-color: var(--_accent);
  }
  /* The stages: a marker says done (✓), here (●) or to do (○), the words say it to a screen reader. */
  .stages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .stage::before {
    display: inline-block;
    width: 1.5em;
    content: '○';
    color: var(--_muted);
  }
  .stage--done::before {
    content: '✓';
    color: var(--_success);
  }
  .stage--current {
    font-weight: 700;
  }
  .early,
  .leave .muted {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .leave {
    margin: 0;
    display: grid;
    justify-items: start;
  }
  .stage--current::before {
    content: '●';
    color: var(--_accent);
  }
  .next-step,
  .summary,
  .closing {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .next-step {
    display: grid;
    gap: 8px;
  }
  .next-step p,
  .summary p {
    margin: 0;
  }
  .summary {
    display: grid;
    gap: 8px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  button.link {
    border-color: transparent;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: 4px;
  }
  a {
    color: var(--_accent);
  }
  .support,
  .help {
    display: grid;
    gap: 4px;
    margin: 0;
  }
  .support p {
    margin: 0;
  }

`;
