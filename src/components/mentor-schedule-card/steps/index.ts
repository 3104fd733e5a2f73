/**
 * The open card: loaded when the flow opens (or ahead, on intent), so the collapsed card paints
 * without it. card-flow.ts owns its state; open-flow.ts and one template module per step render it.
 */
// The steps' own English strings (en/steps.ts) come with their code.
import '../../../i18n/en/steps.js';

export { CardFlow, type CardAccess } from './card-flow.js';
