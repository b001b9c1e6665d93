/**
 * Which notes go with a message: the safety note, the note on keeping the
 * door open and the note on concerns kept private. The words are in
 * `content`; this only decides.
 */
import type { ConcernId, TemplateId } from '../flow/questions';
import { takesReason } from './compose';

/** The notes shown beside a message. */
export interface MessageNotes {
  /** The approach may not be genuine: say how to stay safe. */
  readonly safety: boolean;
  /** Why the message asks about other openings. */
  readonly keepDoorOpen: boolean;
  /** Why some of the person's concerns are not offered as reasons. */
  readonly privateReasons: boolean;
}

/** Templates for an approach that may not be genuine. */
const SAFETY_TEMPLATES: ReadonlySet<TemplateId> = new Set<TemplateId>(['decline-brief']);

/** Templates that decline but ask to hear of other openings. */
const KEEP_DOOR_OPEN_TEMPLATES: ReadonlySet<TemplateId> = new Set<TemplateId>(['keep-door-open']);

/**
 * Concerns never named in a message (the brief's list); `not-legitimate` is
 * left out because it has its own template and safety note.
 */
const PRIVATE_CONCERNS: ReadonlySet<string> = new Set<ConcernId>([
  'mission',
  'culture',
  'reputation',
  'pushy-recruiter',
  'gut-feeling',
]);

/** The notes for a template, given the concerns the person picked. */
export function notesFor(template: TemplateId, concerns: readonly string[]): MessageNotes {
  return {
    safety: SAFETY_TEMPLATES.has(template),
    keepDoorOpen: KEEP_DOOR_OPEN_TEMPLATES.has(template),
    privateReasons: takesReason(template) && concerns.some((id) => PRIVATE_CONCERNS.has(id)),
  };
}
