// One email template from what sets it apart: its title, the admin's editable part (placeholders, links, default
// text), its preview sample, the placeholders' values and the body it composes around the admin's filled-in text.
import type { EmailBody } from '../email.layout.ts';
import type { EmailContext, EmailTemplate } from '../email.types.ts';
import type { EditableText, PlaceholderValues, TemplateContent } from '../template-text.ts';
import { type EditedText, editedText } from './edited-text.ts';

export interface EmailDefinition<V> {
  title: string;
  sentWhen: string;
  /** Every placeholder the admin may write, in the order the admin UI lists them. */
  placeholders: readonly string[];
  /** Placeholders the body must contain, each with why; none when left out. */
  required?: EditableText['required'];
  /** Link placeholders and the label of the button each becomes alone in a paragraph. */
  links: EditableText['links'];
  /** The subject and body every store starts with. */
  defaults: TemplateContent;
  sample(now: Date): V;
  /** What each placeholder stands for in this email (formatted, not escaped). */
  values(variables: V, context: EmailContext): PlaceholderValues;
  /** The whole body: the admin's filled-in text and what this email adds after it. */
  compose(edited: EditedText, variables: V, context: EmailContext): EmailBody;
  /** Required when a variable carries a secret (a token in a link): the variables masked for the outbox copy. */
  mask?(variables: V): V;
}

/** The template: `editable` gathered from the definition, `build` filling it in and composing the body. */
export function defineEmail<V>(definition: EmailDefinition<V>): EmailTemplate<V> {
  const { placeholders, required = [], links, defaults, values, compose, mask } = definition;
  const editable: EditableText = { placeholders, required, links, defaults };
  const template: EmailTemplate<V> = {
    title: definition.title,
    sentWhen: definition.sentWhen,
    editable,
    sample: definition.sample,
    build: (variables, context) =>
      compose(editedText(editable, context, values(variables, context)), variables, context),
  };
  if (mask) template.mask = mask;
  return template;
}
