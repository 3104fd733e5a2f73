/** The same booking from plain HTML, React 19 and Vue 3: each example is a file in demo/frameworks/. */
import { html } from 'lit';
import { createMemoryClient, type MemoryStore } from '../../src/index.js';
import { mountReactExample } from '../frameworks/react-example.js';
import { mountVueExample } from '../frameworks/vue-example.js';
import type { Story } from './story.js';

/** Mounts a framework example into the story's container once the story is on screen. */
function mountAfterRender(id: string, mount: (container: HTMLElement) => void): void {
  requestAnimationFrame(() => {
    const container = document.getElementById(id);
    if (container && !container.hasChildNodes()) mount(container);
  });
}

export function frameworkStories(store: MemoryStore): Story[] {
  return [
    {
      id: 'frameworks/html',
      group: 'Frameworks',
      title: 'Plain HTML',
      render: () => html`<section class="lms-card story">
        <h2>Plain HTML</h2>
        <pre><code>${`<script type="module" src="…/dist/cdn/mentorship-widgets.js"></script>
<mentorship-provider api-base="/api" locale="en">
  <mentor-schedule-card></mentor-schedule-card>
</mentorship-provider>
<script>
  document.addEventListener('mentorship-booked', event => console.log(event.detail.session));
</script>`}</code></pre>
        <div class="frame" style="max-width: 400px">
          <mentorship-provider api-base="/api" locale="en" time-zone="America/Bogota">
            <mentor-schedule-card></mentor-schedule-card>
          </mentorship-provider>
        </div>
      </section>`,
    },
    {
      id: 'frameworks/react',
      group: 'Frameworks',
      title: 'React 19',
      render: () => {
        mountAfterRender('react-root', container => mountReactExample(container, { client: createMemoryClient({ store }) }));
        return html`<section class="lms-card story">
          <h2>React 19 <small>(demo/frameworks/react-example.tsx)</small></h2>
          <div class="frame" style="max-width: 400px" id="react-root"></div>
        </section>`;
      },
    },
    {
      id: 'frameworks/vue',
      group: 'Frameworks',
      title: 'Vue 3',
      render: () => {
        mountAfterRender('vue-root', container => mountVueExample(container, createMemoryClient({ store })));
        return html`<section class="lms-card story">
          <h2>Vue 3 <small>(demo/frameworks/vue-example.ts)</small></h2>
          <div class="frame" style="max-width: 400px" id="vue-root"></div>
        </section>`;
      },
    },
  ];
}
