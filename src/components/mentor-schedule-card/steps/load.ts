import { html, type TemplateResult } from 'lit';
import { renderError, renderLoading } from '../../../base/states.js';
import type { StepLoad, StepView } from './view.js';

/** A step's data: a skeleton while it loads, the error with "Try again", else the step. */
export function renderLoad<T>(view: StepView, load: StepLoad<T>, complete: (value: T) => TemplateResult): TemplateResult {
  return load.render({
    initial: () => renderLoading(view.localize, 3),
    pending: () => renderLoading(view.localize, 3),
    complete,
    error: error => html`${renderError(view.localize, error, () => void load.run())}${view.support(false)}`,
  })!;
}
