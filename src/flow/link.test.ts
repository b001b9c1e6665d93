// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { linkFor, openLink } from './link';
import { createGuideTestModel, serializeSnapshot } from './test-model';
import { choiceOf, viewOf } from './view';

describe('openLink', () => {
  it('opens the brief’s example at the node its answers lead to', () => {
    const { snapshot, problems } = openLink(
      '?stage=applied&concerns=salary,work-setup&negotiable=yes&salary-gap=reasonable',
    );
    expect(viewOf(snapshot)).toEqual({
      kind: 'outcome',
      outcome: 'negotiate',
      template: 'negotiate',
    });
    expect(problems).toEqual([]);
  });

  it.each([
    ['an unknown key', '?stage=applied&colour=blue', 'unknown-question'],
    ['an unknown value', '?stage=hired', 'unknown-option'],
    ['none mixed with a concern', '?stage=applied&concerns=none,salary', 'none-mixed'],
    ['an answer off the path', '?stage=applied&concerns=mission&negotiable=yes', 'off-path'],
  ])('drops %s and says so', (_name, search, reason) => {
    const { problems } = openLink(search);
    expect(problems.map((p) => p.reason)).toContain(reason);
  });

  it('opens the brief’s reply example at the message it leads to', () => {
    const { snapshot, problems } = openLink(
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&reply=not-enough',
    );
    expect(viewOf(snapshot)).toEqual({
      kind: 'outcome',
      outcome: 'decline',
      template: 'decline-after-talks',
    });
    expect(problems).toEqual([]);
    expect(linkFor(snapshot)).toBe(
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&reply=not-enough',
    );
  });

  it.each([
    ['no negotiate outcome', '?stage=applied&concerns=mission&reply=enough', 'outcome'],
    ['no outcome yet', '?stage=applied&concerns=salary&reply=enough', 'question'],
    ['only the reply', '?reply=not-enough', 'question'],
    ['negotiable no', '?stage=outreach&concerns=work-setup&negotiable=no&reply=enough', 'question'],
  ])('drops a reply off the negotiate path (%s) and says so', (_name, search, kind) => {
    const { snapshot, problems } = openLink(search);
    expect(problems).toContainEqual({ key: 'reply', reason: 'off-path' });
    expect(viewOf(snapshot).kind).toBe(kind);
    expect(snapshot.context.path).not.toContain('reply');
  });

  it('opens the brief’s pushback example at the message it leads to', () => {
    const search = '?stage=applied&concerns=career-goals&employer-interest=no&pushback=asked-why';
    const { snapshot, problems } = openLink(search);
    expect(problems).toEqual([]);
    expect(viewOf(snapshot)).toEqual({
      kind: 'outcome',
      outcome: 'decline',
      template: 'hold-decline',
    });
    expect(linkFor(snapshot)).toBe(search);
  });

  it.each([
    ['a scam', '?stage=applied&concerns=not-legitimate&pushback=asked-why', 'outcome'],
    [
      'after talks',
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable&reply=not-enough&pushback=asked-why',
      'outcome',
    ],
    [
      'the interview outcome',
      '?stage=applied&concerns=none&pushback=asked-to-reconsider',
      'outcome',
    ],
    [
      'the negotiate outcome',
      '?stage=applied&concerns=work-setup&negotiable=yes&pushback=asked-why',
      'outcome',
    ],
    ['no outcome yet', '?stage=applied&concerns=career-goals&pushback=asked-why', 'question'],
  ])('drops a pushback off the path (%s) and says so', (_name, search, kind) => {
    const { snapshot, problems } = openLink(search);
    expect(problems).toContainEqual({ key: 'pushback', reason: 'off-path' });
    expect(viewOf(snapshot).kind).toBe(kind);
    expect(snapshot.context.path).not.toContain('pushback');
  });

  it('drops a reply it does not know, and opens the negotiate outcome', () => {
    const { snapshot, problems } = openLink(
      '?stage=applied&concerns=work-setup&negotiable=yes&reply=maybe',
    );
    expect(viewOf(snapshot)).toEqual({
      kind: 'outcome',
      outcome: 'negotiate',
      template: 'negotiate',
    });
    expect(problems).toEqual([{ key: 'reply', value: 'maybe', reason: 'unknown-option' }]);
  });

  it('opens the reply question from its outcome’s link only when asked to', () => {
    const search = '?stage=applied&concerns=work-setup&negotiable=yes';
    expect(viewOf(openLink(search, undefined, { followUp: true }).snapshot)).toEqual({
      kind: 'question',
      question: 'reply',
    });
    expect(viewOf(openLink('?stage=applied', undefined, { followUp: true }).snapshot)).toEqual({
      kind: 'question',
      question: 'concerns',
    });
  });

  it.each([
    ['a repeated concern', '?stage=applied&concerns=salary,salary'],
    ['the same pair twice', '?stage=applied&stage=applied'],
    [
      'a concerns list given twice alike',
      '?stage=applied&concerns=salary,mission&concerns=mission,salary',
    ],
  ])('reports nothing lost for %s: the answer is kept whole', (_name, search) => {
    const opened = openLink(search);
    expect(opened.problems).toEqual([]);
    expect(linkFor(opened.snapshot)).toBe(
      linkFor(openLink(search.split('&').slice(0, 2).join('&')).snapshot),
    );
  });

  it('still reports a repeated key whose value differs from the one kept', () => {
    expect(openLink('?stage=applied&stage=outreach').problems).toEqual([
      { key: 'stage', value: 'outreach', reason: 'repeated-key' },
    ]);
  });

  it('shows the furthest view the valid answers reach', () => {
    const { snapshot } = openLink('?stage=applied&concerns=none,salary&negotiable=yes');
    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'concerns' });
  });

  it('opens the start view for an empty link', () => {
    expect(viewOf(openLink('').snapshot)).toEqual({ kind: 'start' });
    expect(viewOf(openLink('', undefined, { start: false }).snapshot)).toEqual({
      kind: 'question',
      question: 'stage',
    });
  });

  it('gives every state of the model a link that opens it again', () => {
    const states = new Map(
      createGuideTestModel()
        .getShortestPaths()
        .flatMap((p) => p.steps.map((s) => [serializeSnapshot(s.state), s.state] as const)),
    );
    expect(states.size).toBeGreaterThan(300);
    for (const state of states.values()) {
      const view = viewOf(state);
      const opened = openLink(linkFor(state), undefined, choiceOf(state));
      expect(viewOf(opened.snapshot)).toEqual(view);
      expect(opened.problems).toEqual([]);
    }
  }, 30_000);
});
