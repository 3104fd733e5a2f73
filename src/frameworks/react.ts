/**
 * React. Components for React 18 and 19 (react-components.ts): `import { MentorScheduleCard } from
 * 'mentorship-widgets/react'`, properties set as properties, events as `onMentorshipBooked`-style props.
 * And JSX types for the tags themselves in React 19: `import type {} from 'mentorship-widgets/react';`
 * once in the app, and every tag type-checks with its properties (`client`, `service`…, set by React 19
 * as properties) and its events as `onmentorship-*` props.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MentorshipTags, TagEventProps, TagProperties } from './tags.js';

/** A tag's JSX props: the HTML ones, its properties, our events. */
export type ReactTagProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & TagProperties<E> & TagEventProps;

declare module 'react' {
  // The JSX namespace of React 19's types is augmented this way.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type MentorshipIntrinsicElements = { [Tag in keyof MentorshipTags]: ReactTagProps<MentorshipTags[Tag]> };
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends MentorshipIntrinsicElements {}
  }
}

export * from './react-components.js';
