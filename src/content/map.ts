import type { RuleLabels } from '../flow/map';

/**
 * The words of the decision map on the outcome view. Node labels reuse the
 * questions' summary labels, the outcomes' headlines and the messages' names;
 * these are the rest: headings, and what each rule of the decision means.
 */
export const decisionMap = {
  heading: 'How the guide decides',
  /** Describes the diagram to anyone who cannot see it; the list beside it gives the path. */
  description:
    'A diagram of every question the guide can ask and where each answer leads, from the start to each message. Your own path is drawn with heavier lines and numbered steps, and is listed under Your path.',
  pathHeading: 'Your path',
  /** Introduces the ordered list of the person's answers and outcome. */
  pathIntro: 'The questions you answered, in order, and where they led:',
  /** Labels the outcome and the message at the end of the list. */
  outcomeLabel: 'Result',
  messageLabel: 'Message',
  /** The start of the guide, as a node on the map. */
  start: 'Start',

  /** What each rule used to route the guide means, as a label on the map's arrows. */
  rules: {
    hasNoConcerns: 'Nothing puts you off',
    isNotLegitimate: "The approach doesn't seem genuine",
    asksNegotiable: 'Only the pay or the schedule and work setup put you off',
    asksSalaryGap: 'The pay is one of them, and you might want the job',
    leadsToNegotiation: 'It could change, and you would or might want the job',
    asksEmployerInterest: 'Nothing is about the employer itself',
    likesEmployer: 'You would like to work for them',
    wasOfferedEnough: 'They offered enough',
    hasHeardBack: 'After you heard back',
    isAtStage: {
      outreach: 'They contacted you',
      applied: 'You applied',
      interviewing: "You've had an interview",
    },
  } satisfies RuleLabels,

  /** Labels for arrows that no rule guards. */
  edges: {
    /** Leaving the start for the first question. */
    started: 'You start the guide',
    /** From the negotiate message to the follow-up question, once they have answered. */
    heardBack: 'They answer you',
    /** The only way on from a question, whatever the answer. */
    any: 'Any answer',
    /** The last way on, when none of the rules above it applies. */
    otherwise: 'Otherwise',
    /** Joins two rules that must both hold. */
    and: 'and',
  },
} as const;
