import type { TemplateResult } from 'lit';

/** One entry of the demo's navigation: a page that shows a tag (or the library) in one situation. */
export interface Story {
  id: string;
  group: string;
  title: string;
  render(): TemplateResult;
}
