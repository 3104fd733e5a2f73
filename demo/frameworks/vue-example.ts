/**
 * Vue 3. In a single-file component the same reads:
 *
 *   <mentorship-provider :client.prop="client" locale="en" time-zone="America/Bogota">
 *     <mentor-schedule-card @mentorship-booked="onBooked" />
 *   </mentorship-provider>
 *
 * with `compilerOptions.isCustomElement: tag => tag.startsWith('mentor')` in the Vue plugin's options.
 * Here, without a template compiler, the render function says the same with `h()`.
 */
import { createApp, defineComponent, h, ref, type App } from 'vue';
import '../../src/index.js'; // in an app: import 'mentorship-widgets';
import type { BookedEvent, MentorshipClient } from '../../src/index.js';

export function mountVueExample(container: HTMLElement, client: MentorshipClient): App {
  const Booking = defineComponent({
    setup() {
      const booked = ref<string | null>(null);
      return () =>
        h('section', [
          h('mentorship-provider', { '.client': client, locale: 'en', 'time-zone': 'America/Bogota' }, [
            h('mentor-schedule-card', {
              service: 'career-guidance',
              'onMentorship-booked': (event: BookedEvent) => (booked.value = event.detail.session.startsAt),
            }),
          ]),
          booked.value ? h('p', { role: 'status' }, `Vue heard mentorship-booked: ${booked.value}`) : null,
        ]);
    },
  });
  const app = createApp(Booking);
  app.mount(container);
  return app;
}
