// Kept for pages that already include it: the main file defines <mentorship-sessions> now, like every tag.
export * from './mentorship-widgets.js';
