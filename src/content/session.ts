/**
 * The words about what the guide keeps on this device: the saved session
 * offered back on the start page, clearing it, and how long it is kept.
 */
export const sessionUi = {
  /** What is kept, where, and for how long (`days`: how long after it was last saved). */
  kept: (days: number): string =>
    `Your answers and your message are saved in this browser, on this device only, so you can come back to them. They're removed after ${days} days without a visit, or when you clear them.`,

  resume: {
    heading: 'You have answers saved here',
    /** What the saved session had reached: its outcome's headline. */
    reached: (headline: string): string => `Where you got to: ${headline}`,
    /** A saved session still on the questions. */
    inProgress: "You hadn't reached an answer yet.",
    continue: 'Continue where you left off',
    startAgain: 'Start again',
  },

  clear: {
    button: 'Clear my answers from this device',
    /** Asked before anything is removed. */
    confirm:
      "Clear your answers and your message from this device? They can't be brought back afterwards.",
    yes: 'Yes, clear them',
    cancel: 'No, keep them',
  },

  notices: {
    cleared: 'Your answers and your message have been cleared from this device.',
    expired: (days: number): string =>
      `Answers saved here more than ${days} days ago have been removed.`,
  },
} as const;
