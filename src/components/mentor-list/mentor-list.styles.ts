import { css } from 'lit';

export const styles = css`
  .list-root {
    display: grid;
    gap: var(--_space);
  }
  .search {
    display: grid;
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
  /* Dense rows for a sidebar: picture; name and headline beside "See times"; the facts below. */
  li {
    --_avatar-size: 40px;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-areas: 'avatar who action' 'avatar facts facts';
    align-items: start;
    gap: 2px 10px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  li > .avatar {
    grid-area: avatar;
  }
  .who {
    grid-area: who;
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .headline {
    margin: 2px 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 1;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .facts {
    grid-area: facts;
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0 10px;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .facts li {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
  }
  .actions {
    grid-area: action;
  }
  /* In a sidebar the mentor's local time waits for the time step, where it matters. */
  @container (max-width: 399px) {
    .facts .local {
      display: none;
    }
  }
  .actions button {
    padding: 4px 10px;
    font-size: 0.8125rem;
  }
  :host {
    container-type: inline-size;
  }
  /* Very narrow (a sidebar at 200% zoom): picture above the words, everything in one column. */
  @container (max-width: 240px) {
    li {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'avatar' 'who' 'facts' 'action';
    }
    .actions button {
      width: 100%;
    }
  }
  .actions button {
    max-width: 100%;
    white-space: normal;
  }
`;
