// The shape of a provider-state handler (provider-states.ts and the area files beside it): a fact made true
// from the state's parameters, handing back the values the pact asks for; facts that change the whole portal
// undo themselves in teardown.
export type Params = Record<string, unknown>;
export type Values = Record<string, string> | undefined;
export type Fact = (params: Params) => Promise<Values>;
export interface Handler {
  setup: Fact;
  teardown?: () => Promise<void>;
}
export type Handlers = Record<string, Handler | Fact>;

/** A state parameter as text. */
export const text = (params: Params, name: string) => String(params[name]);
