import { css } from 'lit';

/**
 * The global design tokens, defaulted on each component's host so a page overrides them anywhere
 * above (`mentorship-provider { --mentorship-color-accent: #7c3aed }`). Components read them through
 * private `--_` copies where they derive values.
 */
export const tokens = css`
  :host {
    --_accent: var(--mentorship-color-accent, #2f5fd0);
    --_on-accent: var(--mentorship-color-on-accent, #ffffff);
    --_text: var(--mentorship-color-text, #1d2433);
    --_muted: var(--mentorship-color-muted, #566074);
    --_surface: var(--mentorship-color-surface, #ffffff);
    --_surface-alt: var(--mentorship-color-surface-alt, #f3f5f9);
    --_border: var(--mentorship-color-border, #d3d9e4);
    --_danger: var(--mentorship-color-danger, #b42318);
    --_success: var(--mentorship-color-success, #067647);
    --_radius: var(--mentorship-radius, 10px);
    --_space: var(--mentorship-space, 12px);
    --_focus: var(--mentorship-color-focus, #1d4ed8);

    font-family: var(--mentorship-font-family, inherit);
    color: var(--_text);
  }
`;
