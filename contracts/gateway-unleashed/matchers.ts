// Pact matchers for Unleashed's wire format: GUIDs, `/Date(ms)/` dates, Base64 signatures, and values that may
// be null. Pact has no "this or null" matcher, but pact-core's regex matcher tests a non-string value against
// its JSON text, so a pattern ending in `|null` admits null while the example keeps its real type.
import { type Matcher, MatchersV3 } from '@pact-foundation/pact';

const { regex } = MatchersV3;

export const GUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** A GUID (Unleashed sends lower case; either case is accepted). */
export const guid = (example = '3f2b8c1e-9d4a-4e7b-8a6c-1b2c3d4e5f60') => regex(GUID_PATTERN, example);

/** A date as Unleashed sends it: `/Date(<ms since epoch, UTC>)/`. */
export const wireDate = (example = '/Date(1767225600000)/') => regex('^/Date\\(-?\\d+\\)/$', example);

/** api-auth-signature: Base64 of an HMAC-SHA256, always 44 characters. */
export const base64Signature = (example: string) => regex('^[A-Za-z0-9+/]{43}=$', example);

/** client-type: `partner/app`, no spaces (the form Unleashed asks for). */
export const clientType = (example = 'b2bportal/gateway') =>
  regex('^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$', example);

/** A filter date as the gateway sends it: `YYYY-MM-DDTHH:mm:ss`, UTC. */
export const filterDate = (example: string) => regex('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$', example);

type NullableMatcher<T> = Matcher<T | null> & { regex: string };

/** A value matching `pattern` (without anchors), or null. The example may be either. */
export function orNull<T extends string | number>(pattern: string, example: T | null): NullableMatcher<T> {
  return { 'pact:matcher:type': 'regex', regex: `^(?:${pattern}|null)$`, value: example };
}

/** A number (a price, a rate), or null. */
export const numberOrNull = (example: number | null) => orNull('-?\\d+(?:\\.\\d+)?', example);

/** Any text, or null: the field is there, its content is free. */
export const textOrNull = (example: string | null) => orNull('[\\s\\S]*', example);

/** An email address, or null. */
export const emailOrNull = (example: string | null) => orNull('[^\\s@]+@[^\\s@]+', example);

/** An absolute http(s) URL, or null. */
export const urlOrNull = (example: string | null) => orNull('https?://\\S+', example);

/** A value a provider state hands over (a GUID the provider generated), with the consumer's example. */
export const fromState = <T>(name: string, example: T) =>
  MatchersV3.fromProviderState(`\${${name}}`, example);
