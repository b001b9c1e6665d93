/** The blanks a person fills in, in the order the composer lists them. */
export const FIELD_IDS = [
  'yourName',
  'theirName',
  'company',
  'jobTitle',
  'referral',
  'need',
  'interviewDate',
  'altTimes',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** Blanks a message can do without: left empty, their sentence is left out, never shown as a blank. */
export const OPTIONAL_FIELD_IDS: ReadonlySet<FieldId> = new Set<FieldId>([
  'need',
  'referral',
  'altTimes',
]);

/** What the person typed into each blank; an absent or whitespace-only value is unfilled. */
export type Fields = Partial<Record<FieldId, string>>;

/**
 * How a message is sent: an email (subject and body), talking points for a
 * phone or video call, or a short written message (LinkedIn, a text, a chat).
 */
export const FORMAT_IDS = ['email', 'call', 'message'] as const;
export type MessageFormat = (typeof FORMAT_IDS)[number];

export function isMessageFormat(value: unknown): value is MessageFormat {
  return typeof value === 'string' && (FORMAT_IDS as readonly string[]).includes(value);
}
