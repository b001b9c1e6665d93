/**
 * Share links, end to end: a query string opens the view its answers lead
 * to, replayed through the machine; a view gives back its link.
 */
import { decodeAnswers, encodeAnswers, type DecodedLink, type Dropped } from './share-link';
import type { GuideSnapshot } from './machine';
import type { QuestionId } from './questions';
import { answersOnPath, initialSnapshot, navigate, type Navigation, type ViewChoice } from './view';

/** Something in a link that was not used: what the codec refused, or an answer off the path. */
export type LinkProblem = Dropped | { readonly key: QuestionId; readonly reason: 'off-path' };

export interface OpenedLink extends Navigation {
  readonly problems: readonly LinkProblem[];
}

/**
 * Opens the view a link's answers lead to, from `from` (a fresh guide by
 * default). A link without answers opens the start view unless `start` is
 * false; one that leads to an outcome with a follow-up question opens the
 * outcome unless `followUp` is true. A follow-up's answer (`reply`) off the
 * path to its outcome is dropped, like any answer off the path.
 */
export function openLink(
  search: string,
  from: GuideSnapshot = initialSnapshot(),
  { start = true, followUp = false }: ViewChoice = {},
): OpenedLink {
  const decoded = decodeAnswers(search);
  const navigation = navigate(from, decoded.answers, { start, followUp });
  const offPath = navigation.offPath.map((key) => ({ key, reason: 'off-path' }) as const);
  return { ...navigation, problems: [...lost(decoded), ...offPath] };
}

/**
 * What the codec dropped that the answers lack: a concern named twice, or a
 * pair given again with the same answer, changes nothing, so the person is
 * not told that part of their link was left out.
 */
function lost({ answers, dropped }: DecodedLink): Dropped[] {
  return dropped.filter(
    ({ key, value, reason }) =>
      reason !== 'repeated-option' &&
      !(
        reason === 'repeated-key' &&
        encodeAnswers({ [key]: answers[key as QuestionId] }) === `?${key}=${value}`
      ),
  );
}

/** The share link's query string for the view a snapshot shows. */
export function linkFor(snapshot: GuideSnapshot): string {
  return encodeAnswers(answersOnPath(snapshot));
}
