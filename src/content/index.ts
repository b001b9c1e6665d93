export type * from './types';
export { questions } from './questions';
export { outcomes } from './outcomes';
export { templates } from './templates';
export { reasons } from './reasons';
export { notes, type Notes } from './notes';
export { ui, type UiContent } from './ui';
export { outcomeUi, type OutcomeUiContent } from './outcome-ui';
export { decisionMap, type DecisionMapContent } from './map';
