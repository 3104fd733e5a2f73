/**
 * The demo site: starts the mock backend (MSW over the in-memory store, in this tab), then shows the
 * story the URL's hash names.
 */
import { html, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/index.js';
import { MemoryStore } from '../src/index.js';
import { startMockBackend } from './mocks/browser.js';
import { createMockHandlers } from './mocks/handlers.js';
import { adapterHandlers, adapterStories } from './stories/adapters.js';
import { clientExplorer } from './stories/client-explorer.js';
import { dashboard } from './stories/dashboard.js';
import { docStories } from './stories/docs.js';
import { frameworkStories } from './stories/frameworks.js';
import type { Story } from './stories/story.js';
import { seriesStory } from './stories/series.js';
import { journeyStory } from './stories/journey.js';
import { mentorPage, mentorStories } from './stories/mentor.js';
import { tagStories } from './stories/tag-stories.js';

// One store for the whole demo: a booking in one story shows up in the others.
// Cancelling and moving close the day before, as many programmes do: the demo shows the refusal too.
const store = new MemoryStore({ changeNoticeHours: 24 });
const stories: Story[] = [
  dashboard,
  seriesStory,
  journeyStory,
  mentorPage,
  ...tagStories(store),
  ...mentorStories(store),
  ...adapterStories,
  ...frameworkStories(store),
  clientExplorer,
  ...docStories,
];

const nav = document.querySelector<HTMLElement>('.demo-nav')!;
const stage = document.querySelector<HTMLElement>('#stage')!;

function currentStory(): Story {
  const id = location.hash.replace(/^#/, '');
  return stories.find(story => story.id === id) ?? stories[0];
}

function show(): void {
  const story = currentStory();
  const groups = [...new Set(stories.map(entry => entry.group))];
  render(
    groups.map(
      group => html`<h2>${group}</h2>
        ${stories
          .filter(entry => entry.group === group)
          .map(entry => html`<a href="#${entry.id}" aria-current=${entry === story ? 'page' : 'false'}>${entry.title}</a>`)}`,
    ),
    nav,
  );
  // Keyed by story: each story gets new elements, so none shows the previous story's client or data.
  render(keyed(story.id, story.render()), stage);
  document.title = `${story.title} · mentorship-widgets`;
}

await startMockBackend({
  store,
  baseUrl: '/api',
  latencyMs: 250,
  workerUrl: './mockServiceWorker.js',
  // The same store, three seconds away, for the slow-network stories.
  extraHandlers: [...adapterHandlers, ...createMockHandlers({ store, baseUrl: '/slow-api', latencyMs: 3000 })],
});
addEventListener('hashchange', show);
show();
