import type { Block, Sentence, TemplateContent } from './types';

/** Every wording in a sentence: its text, or each variant's text. */
export const wordingsOf = (sentence: Sentence): string[] =>
  typeof sentence === 'string' ? [sentence] : sentence.variants.map((variant) => variant.text);

/** Every piece of text in a template, every variant included, in reading order. */
export function templateTexts(template: TemplateContent): string[] {
  const { email, call, message } = template;
  const blocks = (list: readonly Block[]) => list.flatMap((block) => block.flatMap(wordingsOf));
  return [
    ...wordingsOf(email.subject),
    ...wordingsOf(email.greeting),
    ...blocks(email.paragraphs),
    email.signOff,
    ...blocks(call.points),
    ...wordingsOf(message.greeting),
    ...blocks(message.paragraphs),
    message.signOff,
  ];
}
