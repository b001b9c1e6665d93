// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decisionGraph, type RuleRef } from '../flow/map';
import { decisionMap } from './map';

/** Every rule the machine uses as a guard, as the map reads it from the definition. */
const usedRules: RuleRef[] = decisionGraph().edges.flatMap((e) =>
  e.condition.kind === 'rules' ? e.condition.rules : [],
);

describe('the decision map’s words', () => {
  it('reads some rules from the machine', () => {
    expect(usedRules.length).toBeGreaterThan(0);
  });

  it.each(usedRules.map((r) => [`${r.type} ${JSON.stringify(r.params ?? {})}`, r] as const))(
    'has words for %s',
    (_name, rule) => {
      const words: string | Record<string, string> = decisionMap.rules[rule.type];
      const label =
        typeof words === 'string' ? words : words[Object.values(rule.params ?? {})[0] ?? ''];
      expect(label).toMatch(/^[A-Z]/);
    },
  );

  it('has words only for rules the machine uses', () => {
    const used = new Set(usedRules.map((r) => r.type));
    expect(Object.keys(decisionMap.rules).sort()).toEqual([...used].sort());
  });

  it('words each rule differently', () => {
    const labels = Object.values(decisionMap.rules).flatMap((w) =>
      typeof w === 'string' ? [w] : Object.values(w),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });
});
