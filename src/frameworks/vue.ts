/**
 * Types for Vue 3 templates: `import type {} from 'mentorship-widgets/vue';` once in the app, and
 * Volar checks each tag's properties and `@mentorship-*` listeners (tell Vue's compiler the tags are
 * custom elements: `isCustomElement: tag => tag.startsWith('mentor')`).
 */
import type { DefineComponent } from 'vue';
import type { MentorshipEvents, MentorshipTags, TagProperties } from './tags.js';

/** A tag's listeners as Vue names them: `onMentorship-booked` for `@mentorship-booked`. */
export type VueTagEventProps = {
  [K in keyof MentorshipEvents as `on${Capitalize<K>}`]?: (event: MentorshipEvents[K]) => void;
};

/** A tag as a Vue component: its properties and listeners as props. */
export type VueTag<E extends HTMLElement> = DefineComponent<TagProperties<E> & VueTagEventProps>;

declare module 'vue' {
  type MentorshipComponents = { [Tag in keyof MentorshipTags]: VueTag<MentorshipTags[Tag]> };
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends MentorshipComponents {}
}
