/**
 * The messages the person sends, keyed by template id, a file each. Each comes
 * as an email, talking points for a call and a short written message. A sentence
 * is fixed text, or variants keyed by the answers and the draft (see `Condition`).
 */
import type { TemplatesContent } from '../types';
import { acceptInterview } from './accept-interview';
import { negotiate } from './negotiate';
import { declineOutreach } from './decline-outreach';
import { declineFirstInterview } from './decline-first-interview';
import { withdraw } from './withdraw';
import { keepDoorOpen } from './keep-door-open';
import { declineBrief } from './decline-brief';
import { acceptAfterTalks } from './accept-after-talks';
import { declineAfterTalks } from './decline-after-talks';
import { holdDecline } from './hold-decline';
import { reschedule } from './reschedule';

export const templates = {
  'accept-interview': acceptInterview,
  negotiate: negotiate,
  'decline-outreach': declineOutreach,
  'decline-first-interview': declineFirstInterview,
  withdraw: withdraw,
  'keep-door-open': keepDoorOpen,
  'decline-brief': declineBrief,
  'accept-after-talks': acceptAfterTalks,
  'decline-after-talks': declineAfterTalks,
  'hold-decline': holdDecline,
  reschedule: reschedule,
} as const satisfies TemplatesContent;
