// Product images: relative URLs the server prefixes with its own base URL, and the SVG tile behind each one.
import type { Product } from '../types.ts';

/** Where product images live, relative to the mock's base URL. */
export const IMAGE_PATH_PREFIX = '/__assets/images/';

/** `/__assets/images/<code>.svg` for the first image, `<code>-2.svg` for the second, and so on. */
export function productImageUrl(productCode: string, index: number): string {
  return `${IMAGE_PATH_PREFIX}${productCode}${index === 0 ? '' : `-${index + 1}`}.svg`;
}

/** The ImageUrl and Images fields of a product with `count` images (count 0: null and []). */
export function productImageFields(productCode: string, count: number): Pick<Product, 'ImageUrl' | 'Images'> {
  const Images = Array.from({ length: count }, (_, i) => ({
    Url: productImageUrl(productCode, i),
    IsDefault: i === 0,
  }));
  return { ImageUrl: Images[0]?.Url ?? null, Images };
}

/**
 * The (productCode, index) pairs an image file name such as `BEV-0001-2.svg` may stand for, most likely first:
 * the whole name as a code with index 0, then, if it ends in `-<n>` (n ≥ 2), the code before it with index n − 1.
 * The server keeps the first pair whose product really lists that URL.
 */
export function imageCandidates(fileName: string): Array<{ productCode: string; index: number }> {
  if (!fileName.endsWith('.svg')) return [];
  const stem = fileName.slice(0, -'.svg'.length);
  const candidates = [{ productCode: stem, index: 0 }];
  const match = /^(.+)-([1-9]\d*)$/.exec(stem);
  if (match && Number(match[2]) >= 2)
    candidates.push({ productCode: match[1]!, index: Number(match[2]) - 1 });
  return candidates;
}

/**
 * A small deterministic SVG tile for image `index` of `product`: the product code and the first words of its
 * description on a colour derived from its product group name. Valid XML; all text is escaped.
 */
export function renderProductImage(product: Product, index: number): string {
  const hue = hash(product.ProductGroup?.GroupName ?? '') % 360;
  const background = hslToHex(hue, 0.55, index === 0 ? 0.42 : 0.58);
  const lines = wrap(product.ProductDescription, 20, 2);
  const text = (y: number, size: number, weight: number, value: string) =>
    `<text x="200" y="${y}" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="${size}" font-weight="${weight}" fill="#ffffff">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(product.ProductCode)}">`,
    `<rect width="400" height="400" fill="${background}"/>`,
    '<rect x="20" y="20" width="360" height="360" rx="24" fill="none" stroke="#ffffff" stroke-opacity="0.5" stroke-width="4"/>',
    text(165, 40, 700, product.ProductCode),
    ...lines.map((line, i) => text(225 + i * 34, 26, 400, line)),
    index > 0 ? text(350, 18, 400, `Image ${index + 1}`) : '',
    '</svg>',
  ].join('');
}

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** FNV-1a: a stable, well-spread hash of a string. */
function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function wrap(value: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && `${lines[last]} ${word}`.length <= width) lines[last] = `${lines[last]} ${word}`;
    else if (lines.length < maxLines) lines.push(word.length > width ? `${word.slice(0, width - 1)}…` : word);
    else break;
  }
  return lines;
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
