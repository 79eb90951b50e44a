// The building blocks every page uses: loading and problem notes, labelled fields, page headings.
import { type ComponentChildren, createContext, type JSX } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { problemSentence } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';

/** A polite "loading" line that screen readers announce. */
export function Loading({ label }: { label: string }) {
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** A problem as a human sentence, announced at once; `onRetry` adds a "Try again" button. */
export function ProblemNote({
  problem,
  onRetry,
  id,
}: {
  problem: Problem;
  onRetry?: () => void;
  id?: string;
}) {
  return (
    <div class="problem" role="alert" id={id}>
      <p>{problemSentence(problem)}</p>
      {onRetry && (
        <button type="button" class="button secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A sentence saying why a form was refused (beside its fields' own errors), announced at once. */
export function InlineProblem({ children }: { children: ComponentChildren }) {
  return (
    <p class="problem-inline" role="alert">
      {children}
    </p>
  );
}

/** A success line, announced politely. */
export function Notice({ children }: { children: ComponentChildren }) {
  return (
    <p class="notice" role="status">
      {children}
    </p>
  );
}

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

/**
 * A labelled control with an optional hint and its error right under it. The control gets the id, and is
 * described by the hint and the error so screen readers read them with it.
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (control: ControlProps) => JSX.Element;
}) {
  const { id, label, hint, error, children } = props;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': 'true' as const } : {}),
      })}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The page's heading, focused when the page opens so keyboard and screen reader users start there; the
 * document title is the heading and `site` (the portal's name unless a store's own page says its name).
 */
/** The site a page title ends with: the portal's name, or a signed-in buyer's store. */
export const SiteName = createContext('B2B Portal');

export function PageTitle({ children, site: named }: { children: ComponentChildren; site?: string }) {
  const inherited = useContext(SiteName);
  const site = named ?? inherited;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  // After every render: the heading may change once its data arrives (a store's sign-in page names the store).
  // A heading that names the site already is the whole title ("Sign in to Trade Store", not "… · Trade Store").
  useEffect(() => {
    const text = heading.current?.textContent ?? '';
    document.title = text.includes(site) ? text : `${text} · ${site}`;
  });
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
