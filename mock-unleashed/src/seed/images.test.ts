import { describe, expect, it } from 'vitest';
import type { Product } from '../types.ts';
import { imageCandidates, productImageFields, productImageUrl, renderProductImage } from './images.ts';

const product = (code: string, description: string, group: string): Product => ({
  Guid: '6f2c1a3e-9b1d-4c7a-8e2f-1a2b3c4d5e6f',
  ProductCode: code,
  ProductDescription: description,
  ProductGroup: {
    Guid: '6f2c1a3e-9b1d-4c7a-8e2f-1a2b3c4d5e60',
    GroupName: group,
    LastModifiedOn: '/Date(0)/',
  },
});
const fill = (svg: string) => /<rect width="400" height="400" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];

describe('product images', () => {
  it('when a description holds XML characters, then the SVG escapes them and stays well formed', () => {
    const svg = renderProductImage(product('A&B-1', 'Fish & <Chips> "Deluxe"', 'Frozen'), 0);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('A&#38;B-1');
    expect(svg).toContain('Fish &#38;');
    expect(svg).not.toMatch(/&(?!#\d+;)/);
    const text = svg.replace(/<[^<>]*>/g, '');
    expect(text).not.toMatch(/[<>]/);
    expect(svg.match(/<text /g)?.length).toBe(svg.match(/<\/text>/g)?.length);
  });

  it('then the tile is deterministic, coloured by group, and the second image differs from the first', () => {
    const a = product('BEV-0001', 'Organic Kombucha 330ml', 'Beverages');
    expect(renderProductImage(a, 0)).toBe(renderProductImage(a, 0));
    expect(fill(renderProductImage(a, 0))).toBe(
      fill(renderProductImage(product('BEV-0002', 'Other', 'Beverages'), 0)),
    );
    expect(fill(renderProductImage(a, 0))).not.toBe(
      fill(renderProductImage(product('PET-0001', 'x', 'Pet Supplies'), 0)),
    );
    expect(renderProductImage(a, 1)).not.toBe(renderProductImage(a, 0));
    expect(renderProductImage(a, 0)).toContain('Organic Kombucha');
  });

  it('then URLs are relative and map back to their product code and index', () => {
    expect(productImageUrl('BEV-0001', 0)).toBe('/__assets/images/BEV-0001.svg');
    expect(productImageUrl('BEV-0001', 1)).toBe('/__assets/images/BEV-0001-2.svg');
    expect(productImageFields('X', 0)).toEqual({ ImageUrl: null, Images: [] });
    expect(imageCandidates('BEV-0001-2.svg')).toEqual([
      { productCode: 'BEV-0001-2', index: 0 },
      { productCode: 'BEV-0001', index: 1 },
    ]);
    expect(imageCandidates('BEV-0001.svg')).toEqual([{ productCode: 'BEV-0001', index: 0 }]);
    expect(imageCandidates('BEV-0001.png')).toEqual([]);
  });
});
