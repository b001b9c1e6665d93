import type { FieldId } from '../../message/render';

/** The element ids the composer's parts share, all from one `$props.id()`. */
export interface ComposerIds {
  /** The prefix every id in this composer starts with. */
  readonly root: string;
  /** A blank's text box. */
  field(field: FieldId): string;
  /** The editor's subject line (email). */
  readonly subject: string;
  /** The editor's body (email). */
  readonly body: string;
  /** The editor's one text box (talking points, short message). */
  readonly text: string;
}

export function composerIds(root: string): ComposerIds {
  return {
    root,
    field: (field) => `${root}-${field}`,
    subject: `${root}-edit-subject`,
    body: `${root}-edit-body`,
    text: `${root}-edit-text`,
  };
}
