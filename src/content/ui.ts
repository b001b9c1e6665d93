/** Lower-cases the first letter, so a label reads well inside a sentence. */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Every piece of interface copy that is not a question, outcome or message.
 * Components read their words from here and hold none of their own.
 */
export const ui = {
  app: {
    /** The guide's name: the start page's heading and the page title. */
    name: 'Should you go to the interview?',
    /** A short name, for the installed app and other tight spaces. */
    shortName: 'Interview or not?',
    /** Appended to each page's own title; starts with its separator on purpose. */
    titleSuffix: ' – Should you go to the interview?',
    skipLink: 'Skip to main content',
  },

  start: {
    heading: 'Should you go to the interview?',
    /** What the guide does. */
    what: 'Not sure whether to go to a job interview? Answer a few short questions to find out whether to go, to ask about what could change first, or to decline politely.',
    /** What the person gets, and how long it takes. */
    time: "You'll get a message ready to fill in and send. It takes less than a minute.",
    privacy: 'Nothing you type leaves your browser.',
    button: 'Start now',
  },

  noscript:
    'This guide needs JavaScript to run. Turn on JavaScript in your browser settings, then reload the page.',

  nav: {
    back: 'Back',
    continue: 'Continue',
    startAgain: 'Start again',
    change: 'Change',
    /** Visually hidden text after "Change"; the component puts a space before it. */
    changeHidden: (summaryLabel: string): string => lowerFirst(summaryLabel),
  },

  /** Where the person is; `exact` is false while later questions may still be skipped. */
  progress: (n: number, total: number, exact: boolean): string =>
    exact ? `Question ${n} of ${total}` : `Question ${n} of up to ${total}`,

  question: {
    /** Sets the exclusive "None of these" option apart from the others. */
    or: 'or',
  },

  errors: {
    summaryTitle: 'There is a problem',
    /** Put before the page title while an error shows; ends with its space on purpose. */
    titlePrefix: 'Error: ',
  },

  yourAnswers: {
    heading: 'Your answers',
  },

  notices: {
    /** The link notice when its fuller wording cannot load (see `linkNotices`). */
    linkPartIgnored: "Part of the link you followed couldn't be used, so it was left out.",
    savedAnswersUnreadable: "Your saved answers couldn't be read, so the guide has started again.",
    storageUnavailable:
      "This browser won't let us save your progress, so it will be lost if you close the tab.",
    dismiss: 'Dismiss',
  },

  errorPanel: {
    heading: 'Something went wrong',
    body: 'Sorry, the guide has stopped working. Reload the page to try again, or start again from the beginning.',
    /** Shown above the message, when there is one. */
    messageSoFarHint: 'Copy your message before you reload or start again.',
    messageSoFarLabel: 'Your message so far',
    reload: 'Reload the page',
  },

  offline: {
    updateReady: 'A new version is ready. Reload to use it.',
    reload: 'Reload',
  },
} as const;
