import { css, type CSSResult } from 'lit';

/**
 * Adds a chunk's styles to an element's shadow root, once: code fetched later (a form, a picker)
 * brings its look with it. Constructed style sheets: fine under a strict CSP. Here, beside the look
 * every tag has, so it rides in the main file with it (see vite.cdn.config.ts).
 */
export function adoptSheet(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** What every component shares: box model, buttons, focus, skeletons, states, avatars. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    line-height: 1.4;
    /* A backend's unbroken 10,000-letter word wraps rather than pushing the card sideways. */
    overflow-wrap: anywhere;
    /* Paint our own surface: dark-mode text on a light page's background would be unreadable. */
    background: var(--_surface);
    /* Rounded like the card it holds: no square corners of surface around a rounded border. */
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  /* Explicit, not inherited: a tag slotted through <mentorship-provider> would inherit from its <slot>. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  button,
  .button {
    font: inherit;
    min-height: 32px;
    min-width: 32px;
    padding: 6px 14px;
    border-radius: calc(var(--_radius) * 0.7);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
  }
  button.primary,
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  /* A busy button stays focusable (aria-disabled, the keyboard stays on it) and looks like what it is. */
  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 6px 10px;
    min-height: 32px;
    max-width: 100%;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }

  a:not(.button) {
    color: var(--_accent);
  }
  /* Every tag's box, as the card draws it; a page whose own card holds a tag drops it with
     --mentorship-surface-padding: 0 and --mentorship-surface-border: none. */
  .surface {
    padding: var(--mentorship-surface-padding, calc(var(--_space) * 1.33));
    border: var(--mentorship-surface-border, 1px solid var(--_border));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A message after an action: a notice, with a coloured edge saying how it went. */
  .notice {
    margin: 0;
    padding: 8px 10px;
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_surface-alt);
  }
  .notice--error {
    border-left: 4px solid var(--_danger);
  }
  .notice--success {
    border-left: 4px solid var(--_success);
  }

  .state {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    display: grid;
    gap: 8px;
    justify-items: start;
  }
  .state p {
    margin: 0;
  }
  .state--error {
    border-left: 4px solid var(--_danger);
  }

  .skeleton {
    display: grid;
    gap: 10px;
  }
  .skeleton span[aria-hidden] {
    display: block;
    height: 14px;
    border-radius: 7px;
    background: linear-gradient(90deg, var(--_surface-alt), var(--_border), var(--_surface-alt));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }
  .skeleton span[aria-hidden]:nth-child(2n) {
    width: 70%;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span[aria-hidden] {
      animation: none;
    }
  }

  .avatar {
    flex: none;
    width: var(--_avatar-size, 40px);
    height: var(--_avatar-size, 40px);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .avatar--initials {
    display: inline-grid;
    place-items: center;
    font-weight: 600;
    font-size: calc(var(--_avatar-size, 40px) * 0.38);
    color: #ffffff;
    background: var(--_tone, #52607a);
  }
  .tone-0 { --_tone: #3f5fa8; }
  .tone-1 { --_tone: #7a4bb0; }
  .tone-2 { --_tone: #0f766e; }
  .tone-3 { --_tone: #a14a2a; }
  .tone-4 { --_tone: #4b6b1f; }
  .tone-5 { --_tone: #9d2c5a; }
`;
