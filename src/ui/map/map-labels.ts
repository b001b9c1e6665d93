import { outcomes, questions, templates } from '../../content';
import { decisionMap } from '../../content/map';
import type { MapEdge, MapNode, RuleRef } from '../../flow/map';
import type { MapText } from './layout';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A rule's words on the map; a rule with parameters has words for each value. */
export function ruleLabel(rule: RuleRef): string {
  const words: string | Readonly<Record<string, string>> = decisionMap.rules[rule.type];
  if (typeof words === 'string') return words;
  const [value] = Object.values(rule.params ?? {});
  const label = value === undefined ? undefined : words[value];
  if (label === undefined) throw new Error(`No words for ${rule.type} ${String(value)}`);
  return label;
}

/** The words on each node and edge of the decision map, all from the content modules. */
export const mapText: MapText = {
  node(node: MapNode): string {
    switch (node.kind) {
      case 'start':
        return decisionMap.start;
      case 'question':
        return questions[node.question].summaryLabel;
      case 'outcome':
        return outcomes[node.outcome].headline;
      case 'template':
        return templates[node.template].name;
    }
  },
  edge(edge: MapEdge): string {
    const { condition } = edge;
    switch (condition.kind) {
      case 'entry':
        return '';
      case 'always':
        if (edge.event === 'guide.started') return decisionMap.edges.started;
        return edge.event === 'reply.opened' ? decisionMap.edges.heardBack : decisionMap.edges.any;
      case 'otherwise':
        return decisionMap.edges.otherwise;
      case 'rules':
        return condition.rules
          .map((rule, i) => (i === 0 ? ruleLabel(rule) : lowerFirst(ruleLabel(rule))))
          .join(` ${decisionMap.edges.and} `);
    }
  },
};
