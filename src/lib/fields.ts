/** The blanks a person fills in, in the order the composer lists them. */
export const FIELD_IDS = ['yourName', 'theirName', 'company', 'jobTitle'] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** What the person typed into each blank; an absent or whitespace-only value is unfilled. */
export type Fields = Partial<Record<FieldId, string>>;
