import { css } from 'lit';

export const styles = css`
  .list-root {
    display: grid;
    gap: var(--_space);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 4px;
  }
  .order {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .order select {
    min-width: 0;
    max-width: 100%;
    color: var(--_text);
  }
  .match {
    margin: 4px 0 0;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .search input {
    width: 100%;
  }
  .count {
    margin: 0;
    font-size: 0.8125rem;
  }
  .more {
    width: 100%;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  /* Dense rows for a sidebar: picture, name and headline, a chevron; the facts below, full width.
     The whole row is one control: its button lies over it (see mentor-list.ts). */
  [part='mentor'] {
    --_avatar-size: 36px;
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas: 'avatar who go' 'facts facts facts';
    align-items: start;
    gap: 4px 10px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='mentor']:hover {
    border-color: var(--_accent);
  }
  li > .avatar {
    grid-area: avatar;
  }
  .who {
    grid-area: who;
    min-width: 0;
  }
  .go {
    grid-area: go;
    align-self: center;
    font-size: 1.5rem;
    line-height: 1;
    color: var(--_accent);
  }
  [part='book'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    border-radius: inherit;
    background: transparent;
    cursor: pointer;
  }
  .name {
    margin: 0;
    font-size: 1rem;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  /* At least its first 40 characters in a 320 px sidebar: two lines. */
  .headline {
    margin: 2px 0 0;
    font-size: 0.8125rem;
    line-height: 1.3;
    color: var(--_muted);
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .facts {
    grid-area: facts;
    display: flex;
    flex-wrap: wrap;
    gap: 0 10px;
    font-size: 0.75rem;
    line-height: 1.35;
    color: var(--_muted);
  }
  .facts li {
    display: inline;
  }
  /* In a sidebar the mentor's local time waits for the time step, where it matters. */
  @container (max-width: 399px) {
    .facts .local {
      display: none;
    }
  }
  :host {
    container-type: inline-size;
  }
  /* Very narrow (a sidebar at 200% zoom): picture above the words. */
  @container (max-width: 240px) {
    [part='mentor'] {
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'avatar go' 'who who' 'facts facts';
    }
  }
`;
