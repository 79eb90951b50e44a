// The store's brand colour in the buyer's pages (issue 16 item 9): set as the page's --primary (and its darker
// and softer shades) through the CSSOM, which the gateway's CSP allows (inline style attributes it does not).
import { useEffect } from 'preact/hooks';

const SHADES = ['--primary', '--primary-dark', '--primary-soft'] as const;

/** `#rrggbb` mixed with `toward` (0 to 1 of it), as `#rrggbb`. */
export function mixColour(colour: string, toward: string, amount: number): string {
  const channel = (hex: string, at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return `#${[1, 3, 5]
    .map((at) => Math.round(channel(colour, at) * (1 - amount) + channel(toward, at) * amount))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Applies the colour while the buyer's pages show; null keeps the portal's own. */
export function useBrandColour(colour: string | null): void {
  useEffect(() => {
    if (!colour) return;
    const root = document.documentElement.style;
    root.setProperty('--primary', colour);
    root.setProperty('--primary-dark', mixColour(colour, '#000000', 0.35));
    root.setProperty('--primary-soft', mixColour(colour, '#ffffff', 0.9));
    return () => {
      for (const name of SHADES) root.removeProperty(name);
    };
  }, [colour]);
}
