/** Notes shown beside a message, where the person needs a word of advice. */
export interface Notes {
  /** Heading for `privateReasons`. */
  readonly privateReasonsTitle: string;
  /** Why some of the person's concerns are not offered as reasons to give. */
  readonly privateReasons: string;
  /** Shown with `decline-brief`, when the approach does not seem genuine. */
  readonly safety: { readonly title: string; readonly body: string };
  /** Fills `{topics}` in the negotiate message: what the person wants to discuss. */
  readonly negotiationTopics: {
    readonly salary: string;
    readonly 'work-setup': string;
    readonly both: string;
  };
  /** The reason picker's choice for giving no reason. */
  readonly noReason: string;
  /** Shown with `keep-door-open`: why the message asks about other openings. */
  readonly keepDoorOpen: string;
}

export const notes = {
  privateReasonsTitle: 'Some reasons are best kept to yourself',
  privateReasons:
    "Doubts about the people, the culture, the company's reviews or its mission, a pushy recruiter or a gut feeling are better left unsaid. Saying them won't change anything and could leave a poor impression. A short, polite reply is enough. What matters is that you thank them and leave on good terms.",
  safety: {
    title: 'Check that the approach is genuine',
    body: "Find the company's own website yourself, through a search engine rather than any link or phone number in the message, and contact it from there. Don't share personal details, such as your address, date of birth, Social Security number or bank details, until you're sure it checks out. The message below is short on purpose and gives nothing away.",
  },
  negotiationTopics: {
    salary: 'the salary',
    'work-setup': 'the work setup',
    both: 'the salary and work setup',
  },
  noReason: "Don't give a reason",
  keepDoorOpen:
    "You said you'd like to work for this employer, so your message says this role isn't for you and asks about other openings there.",
} as const satisfies Notes;
