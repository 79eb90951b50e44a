// One term and its value in a page's list of facts (`<dl class="facts">`): an order's status, a run's start.
import type { ComponentChildren } from 'preact';

/** `wide` spans the row (an address, a comment); `valueClass` styles the value; `live` announces its changes. */
export function Fact(props: {
  term: string;
  wide?: boolean;
  valueClass?: string;
  live?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class={props.wide ? 'wide' : undefined}>
      <dt>{props.term}</dt>
      <dd class={props.valueClass} aria-live={props.live ? 'polite' : undefined}>
        {props.children}
      </dd>
    </div>
  );
}
