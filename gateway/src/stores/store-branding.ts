// Branding checks (issue 16 item 9): the brand colour carries white text (buttons, the header accent) in the
// storefront and in emails, so a colour too light to read white text on is refused (WCAG AA, 4.5:1); a blank
// banner is none.
import { AppError } from '../http/problems.ts';
import type { StoreSettings } from './store-settings.ts';

export const MIN_CONTRAST = 4.5;

/** The WCAG contrast ratio of white on `#rrggbb` (1 to 21). */
export function contrastWithWhite(colour: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

/** The branding settings normalised (colour lower-case, blank banner null); validation-failed when unreadable. */
export function checkBranding(settings: StoreSettings): StoreSettings {
  const checked = { ...settings };
  if (typeof settings.brandColour === 'string') {
    const colour = settings.brandColour.toLowerCase();
    const ratio = contrastWithWhite(colour);
    if (ratio < MIN_CONTRAST) {
      const message = `is too light: white text on it has a contrast of ${ratio.toFixed(1)}:1, and at least ${MIN_CONTRAST}:1 is needed to be readable`;
      throw new AppError('validation-failed', `The brand colour ${message}.`, {
        errors: [{ field: 'brandColour', message }],
      });
    }
    checked.brandColour = colour;
  }
  if (settings.bannerText !== undefined)
    checked.bannerText = settings.bannerText?.replace(/\s+/g, ' ').trim() || null;
  return checked;
}
