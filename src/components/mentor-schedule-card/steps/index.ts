/**
 * The open card: loaded when the flow opens (or ahead, on intent), so the collapsed card paints
 * without it. open-flow.ts has the heading and the actions, one template module per step renders it.
 */
// The steps' own English strings (en/steps.ts) come with their code.
import '../../../i18n/en/steps.js';

export { OpenFlow, type CardAccess } from './open-flow.js';
