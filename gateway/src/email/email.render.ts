// Renders a template to subject + HTML + plain text. mjml takes ~420 ms to import, so it is imported once,
// on the first render (or by warmUp at boot), never at module load; each render then takes ~2 ms.
import type { default as Mjml2Html } from 'mjml';
import { layoutMjml, layoutText } from './email.layout.ts';
import { emailTemplates, type TemplateName, type TemplateVariables } from './email.templates.ts';
import type { EmailContext, RenderedEmail } from './email.types.ts';

let loading: Promise<typeof Mjml2Html> | undefined;

function mjml(): Promise<typeof Mjml2Html> {
  loading ??= import('mjml').then((module) => module.default);
  return loading;
}

/** Loads mjml ahead of the first email (boot), so no request pays the import. */
export async function warmUp(): Promise<void> {
  await mjml();
}

/** mjml source → HTML; invalid mjml is a programming error and throws, naming mjml's complaints. */
export async function mjmlToHtml(source: string): Promise<string> {
  const render = await mjml();
  const result = await render(source, { validationLevel: 'strict', keepComments: false });
  return result.html;
}

/** Renders one email with the store's layout. `mask` renders the outbox copy (secrets hidden). */
export async function renderEmail<N extends TemplateName>(
  name: N,
  variables: TemplateVariables[N],
  context: EmailContext,
  options: { mask?: boolean } = {},
): Promise<RenderedEmail> {
  const template = emailTemplates[name];
  const shown = options.mask && template.mask ? template.mask(variables) : variables;
  const body = template.build(shown, context);
  return {
    subject: body.subject,
    html: await mjmlToHtml(layoutMjml(context.storeName, body, context.branding)),
    text: layoutText(context.storeName, body),
  };
}

/** Whether a template carries secrets (its outbox copy differs from what is sent). */
export function hasSecrets(name: TemplateName): boolean {
  return emailTemplates[name].mask !== undefined;
}
