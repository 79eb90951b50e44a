// "Skip to content", first in each shell. A button, not a link: it moves focus to the page's heading without
// touching the hash (the hash is the route).
export function SkipLink() {
  return (
    <button
      type="button"
      class="skip-link"
      onClick={() => document.querySelector<HTMLElement>('#main h1')?.focus()}
    >
      Skip to content
    </button>
  );
}
