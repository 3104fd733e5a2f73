import type { TemplateResult } from 'lit';
import type { ScheduleStep } from '../flow.js';
import { renderBooked } from './booked.js';
import { renderConfirm } from './confirm.js';
import { renderLoad } from './load.js';
import { renderMentor } from './mentor.js';
import { renderOutOfCredits } from './out-of-credits.js';
import { renderServices } from './services.js';
import { renderTime } from './time.js';
import type { StepView } from './view.js';

const STEPS = {
  service: renderServices,
  mentor: renderMentor,
  time: renderTime,
  group: view => renderLoad(view, view.groups, ({ groups, render }) => render(view, groups)),
  confirm: renderConfirm,
  booked: renderBooked,
} satisfies Record<ScheduleStep, (view: StepView) => TemplateResult>;

/** The body of the open card: the step's template, or the way out when its service has no credits left. */
export function renderStep(view: StepView, outOfCredits: boolean): TemplateResult {
  return outOfCredits ? renderOutOfCredits(view) : STEPS[view.flow.step](view);
}
