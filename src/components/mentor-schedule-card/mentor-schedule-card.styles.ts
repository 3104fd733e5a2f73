import { css } from 'lit';

/** The collapsed card's look; the open flow's comes with its code (steps/open-flow.styles.ts). */
export const styles = css`
  .card {
    display: grid;
    gap: var(--_space);
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
`;
