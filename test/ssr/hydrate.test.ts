/**
 * Server rendering, then hydration: every tag rendered by Lit's SSR in Node inside the README's
 * provider (test/server/ssr-render.ts) and put in the page as a framework's server sends it —
 * declarative shadow DOM — is taken over where it stands once its code arrives. What the student
 * already sees is kept (the same nodes: no flash of a blank or re-drawn tag), then each tag loads its
 * data as usual.
 */
// Lit's hydration support goes before Lit itself, as @lit-labs/ssr-client asks.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

describe('server-rendered tags, hydrated', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('each keeps the first state the server drew, then shows its data in place of it', async function () {
    // Ten tags loading their data at once.
    this.timeout(15_000);
    const rendered = (await (await fetch('/ssr/tags')).json()) as Record<string, string>;
    const pages = Object.entries(rendered).map(([tag, serverHtml]) => {
      const page = document.createElement('div');
      // As the browser parses a server's page: declarative shadow roots become shadow roots.
      page.setHTMLUnsafe(serverHtml);
      document.body.append(page);
      const element = page.querySelector<LitElement>(tag)!;
      // What the server drew: the card's collapsed view (its button), any other tag's loading state.
      const drawn = element.shadowRoot!.querySelector(tag === 'mentor-schedule-card' ? '[part~="open"]' : '[part~="loading"]');
      expect(drawn, `${tag}: the server's first state`).to.exist;
      return { tag, page, element, drawn };
    });
    try {
      // The tags' code arrives after the markup, as on a server-rendered page.
      await import('../../src/index.js');
      for (const { tag, element, drawn } of pages) {
        await element.updateComplete;
        expect(element.shadowRoot!.contains(drawn), `${tag}: the same nodes, hydrated`).to.equal(true);
      }
      const card = pages.find(({ tag }) => tag === 'mentor-schedule-card')!;
      await waitUntil(() => card.element.shadowRoot!.querySelector('[part="avatars"]'), 'the card never showed its mentors', {
        timeout: 5000,
      });
      expect(card.element.shadowRoot!.contains(card.drawn), 'the card keeps its button').to.equal(true);
      for (const { tag, element } of pages) {
        // A student's tags show their data; the mentor's show theirs, or why not (no mentor signed in here).
        await waitUntil(() => !element.shadowRoot!.querySelector('[part~="loading"]'), `${tag} never left its loading state`, {
          timeout: 5000,
        });
      }
      expect(errors).to.deep.equal([]);
    } finally {
      for (const { page } of pages) page.remove();
    }
  });
});
