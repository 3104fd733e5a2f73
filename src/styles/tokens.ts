import { css } from 'lit';

/**
 * The global design tokens, defaulted on each component's host so a page can override them anywhere
 * above (`mentorship-provider { --mentorship-color-accent: #7c3aed }`). Each default is a
 * `light-dark()` pair, picked by `color-scheme`, which every host inherits: the page's own (a page
 * that declares none or `light` is light on a dark OS; `light dark` follows the OS), and inside a
 * widget its host's, so whatever a card renders matches the card. `--mentorship-color-scheme` (on the
 * page) or an element's `theme` attribute forces it.
 */
export const tokens = css`
  :host {
    color-scheme: var(--mentorship-color-scheme, inherit);
    --_accent: var(--mentorship-color-accent, light-dark(#2f5fd0, #8ab4f8));
    --_on-accent: var(--mentorship-color-on-accent, light-dark(#ffffff, #0b1220));
    --_text: var(--mentorship-color-text, light-dark(#1d2433, #e6e9ef));
    --_muted: var(--mentorship-color-muted, light-dark(#566074, #a7b0c0));
    --_surface: var(--mentorship-color-surface, light-dark(#ffffff, #161b26));
    --_surface-alt: var(--mentorship-color-surface-alt, light-dark(#f3f5f9, #1f2633));
    --_border: var(--mentorship-color-border, light-dark(#d3d9e4, #3a4354));
    --_danger: var(--mentorship-color-danger, light-dark(#b42318, #ff8a80));
    --_success: var(--mentorship-color-success, light-dark(#067647, #6ee7a8));
    --_focus: var(--mentorship-color-focus, light-dark(#1d4ed8, #93c5fd));
    --_radius: var(--mentorship-radius, 10px);
    --_space: var(--mentorship-space, 12px);

    font-family: var(--mentorship-font-family, inherit);
    color: var(--_text);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;
