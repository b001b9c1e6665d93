/** Joins phrases into one, US style: `a, b, and c`. */
const listOf = (phrases: readonly string[]): string =>
  new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' }).format(phrases);

/**
 * The link notice: one sentence saying what a link held that the guide could
 * not use. Loaded only when a link had such parts, to keep the first view small.
 */
export const linkNotices = {
  /**
   * `answers` are the summary labels of the questions whose answers were left
   * out; `others` counts every other part (never quoted: the link's author
   * chose those words).
   */
  ignored: (answers: readonly string[], others: number): string => {
    const quoted = answers.map((label) => `“${label}”`);
    const parts: string[] = [];
    if (quoted.length === 1) parts.push(`an answer to ${quoted[0]}`);
    if (quoted.length > 1) parts.push(`answers to ${listOf(quoted)}`);
    const other = parts.length > 0 ? ' other' : '';
    if (others === 1) parts.push(parts.length > 0 ? 'another part' : 'a part');
    else if (others > 9) parts.push(`many${other} parts`);
    else if (others > 1) parts.push(`${others}${other} parts`);
    if (parts.length === 0) parts.push('a part');
    const one = answers.length + Math.min(others, 2) <= 1;
    // A comma keeps `“A” and “B”, and 2 other parts` from reading as one list.
    const all = quoted.length > 1 && parts.length > 1 ? parts.join(', and ') : listOf(parts);
    return `The link you followed had ${all} that we couldn’t use, so we left ${one ? 'it' : 'them'} out.`;
  },
} as const;
