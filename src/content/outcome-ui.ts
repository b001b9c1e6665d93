/**
 * Interface copy used only on the outcome view: headings, the message
 * composer and its actions. Kept apart from `ui` so the first view does not
 * carry it.
 */
export const outcomeUi = {
  outcome: {
    whyHeading: 'Why this is the answer',
    nextStepsHeading: 'What to do next',
    messageHeading: 'Your message',
    howWeGotHere: 'See how we got here',
  },

  composer: {
    fieldsHeading: 'Fill in the blanks',
    fieldsHint: 'You can leave any of these empty and fill them in after you copy the message.',
    fields: {
      yourName: { label: 'Your name', hint: "As you'd like to sign off." },
      theirName: {
        label: 'Their first name',
        hint: "The person you're writing to, for example the recruiter.",
      },
      company: { label: 'Company', hint: "The organization that's hiring." },
      jobTitle: { label: 'Job title', hint: 'As it appears in the job posting or their message.' },
      need: {
        label: "What you'd need (optional)",
        hint: 'For example, a salary figure or a hybrid schedule. Leave it empty to just ask.',
      },
      interviewDate: {
        label: 'When is the interview?',
        hint: 'For example, Thursday at 2pm.',
      },
      altTimes: {
        label: 'Times that would work for you (optional)',
        hint: 'For example, Monday after 1pm or Wednesday morning. Leave it empty to ask for theirs.',
      },
      referral: {
        label: 'Someone you would recommend (optional)',
        hint: "Their name, if you know someone who'd suit this role. Leave it empty to say nothing about it.",
      },
    },
    /** Shown under a field when its text is longer than `max` characters. */
    tooLong: (max: number): string => `Enter ${max} characters or fewer`,
    /** Read out before an inline error message; the component adds the space after it. */
    errorPrefix: 'Error:',
    reason: {
      label: 'Do you want to give a reason?',
      hint: "You don't have to. Only reasons that are fine to share are listed here.",
    },
    format: {
      legend: 'How will you send it?',
      email: 'Email',
      call: 'Phone or video call',
      message: 'Short message (LinkedIn, text or chat)',
    },
    preview: {
      heading: 'Preview',
      subjectLabel: 'Subject',
      callHeading: 'Talking points',
      callHint: 'Say these in your own words, in whatever order suits the conversation.',
    },
    /** How many blanks are still unfilled in the message. */
    blanks: (n: number): string =>
      n === 0 ? 'All blanks filled' : n === 1 ? '1 blank left to fill' : `${n} blanks left to fill`,
    /** Shown in place of an unfilled blank; the renderer marks it as a blank. */
    placeholders: {
      yourName: 'Your name',
      theirName: 'Their first name',
      company: 'Company',
      jobTitle: 'Job title',
      need: "What you'd need",
      interviewDate: 'Interview date and time',
      altTimes: 'Times that work for you',
      referral: 'Who you would recommend',
    },
    /** On an interview message with a booked time: whether that time works, and moving it if not. */
    rescheduling: {
      label: "That time doesn't work for me",
      hint: 'Check this to ask them to move the interview instead of confirming it.',
      stepsHeading: 'Moving an interview',
      steps: [
        'Ask as early as you can. The sooner they know, the easier it is to find another time.',
        'Offer two or three times that would work for you.',
        'Move an interview once at most. Asking again can read as a lack of interest.',
        'If the interview is within a day, call them as well as writing, so they hear in time.',
      ],
    },
  },

  actions: {
    copy: 'Copy message',
    copied: 'Message copied',
    copyFailed: 'Press Ctrl+C (or Cmd+C) to copy the selected text',
    /** Labels the box that holds the message, selected, when it cannot be copied for the person. */
    copyFallbackLabel: 'Your message as plain text',
    openEmail: 'Open in email app',
    tooLongForEmailLink: 'This message is too long to open in an email app. Copy it instead.',
    download: 'Download as a text file',
    /** The downloaded file's name, without its extension. */
    downloadFilename: 'interview-message',
    copyShareLink: 'Copy share link',
    shareLinkCopied: 'Link copied',
    shareLinkNote: 'The link holds your answers only, never names.',
    /** Labels the box that holds the link, selected, when it cannot be copied for the person. */
    shareLinkLabel: 'Link to your answers',
  },

  /** The negotiate outcome's offer of the follow-up question, once they have answered. */
  reply: {
    heading: 'Heard back?',
    text: "Once the recruiter or hiring manager has answered, tell us what they offered and we'll give you the message to send next.",
    button: 'Tell us what they said',
  },

  /** A decline's offer of the follow-up question, once the recruiter has answered the no. */
  pushback: {
    heading: 'Heard back?',
    text: "If they answered your no, asking why or asking you to think it over, tell us what they said and we'll give you a kind reply that keeps your answer.",
    button: 'Tell us what they said',
  },

  /** Sending safely: the warning before a message with empty blanks goes anywhere, and what each action says it did. */
  sending: {
    warningTitle: 'Some blanks are still empty',
    warningIntro: 'Your message still has these blanks to fill in:',
    /** Under the list of blanks. */
    warningHint: 'Select a blank to fill it in, or go ahead if you’ll fill it in yourself later.',
    /** Beside a field named in the warning. */
    fieldStillEmpty: 'This is still empty',
    copyAnyway: 'Copy it anyway',
    downloadAnyway: 'Download it anyway',
    shareAnyway: 'Share it anyway',
    openEmailAnyway: 'Open it in my email app anyway',
    copiedWithBlanks: 'Message copied. Fill in the empty blanks before you send it.',
    downloaded: 'Your message was downloaded as a text file.',
    downloadedWithBlanks: 'Message downloaded. Fill in the empty blanks before you send it.',
    share: 'Share',
    shared: 'Message shared',
    sharedWithBlanks: 'Message shared. Fill in the empty blanks before you send it.',
    shareCancelled: 'Nothing was shared.',
    shareFailed: 'Sharing didn’t work here. Copy the message instead.',
    openingEmail: 'Opening your email app',
  },

  /** Editing the finished text before sending it. */
  editing: {
    edit: 'Edit the text',
    done: 'Done editing',
    editedNote: 'You’ve edited this text. Your changes are saved on this device.',
    undo: 'Undo my edits',
    undone: 'Your edits are undone, and the suggested text is back.',
    subjectLabel: 'Subject line',
    bodyLabel: 'Email',
    callLabel: 'Talking points',
    messageLabel: 'Message',
    hint: 'Change anything you like. What you see here is what Copy, Download and Share will use.',
    staleTitle: 'The suggested text has changed',
    staleBody:
      'Your answers or blanks changed after you edited this message, so the guide now suggests different text. Your edits are still here.',
    keepEdits: 'Keep my edits',
    useSuggestion: 'Use the new suggested text',
    kept: 'Your edits are kept.',
  },
  /** Whether an interview is already scheduled; its time is the `interviewDate` field. */
  booking: {
    label: 'An interview is already scheduled',
    hint: 'Check this and say when, so your message can mention it.',
    /** On the reply to their answer: the no canceled it, and the reply keeps that email's subject. */
    replyLabel: 'Your no canceled a scheduled interview',
    replyHint: 'Leave this as it was in your no, so your reply keeps the same subject line.',
  },
} as const;
