export type * from './types';
export { questions } from './questions';
export { outcomes } from './outcomes';
export { templates } from './templates';
export { reasons } from './reasons';
export { notes } from './notes';
export { ui } from './ui';
/** @public The notices' words, for tests that read what the app says. */
export { linkNotices } from './link-notices';
export { outcomeUi } from './outcome-ui';
/** @public The map's words, for tests that read what the app says. */
export { decisionMap } from './map';
export { sessionUi } from './session';
