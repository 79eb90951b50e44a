// /__assets/images/{name}.svg: the product images the seed links to, drawn on request (not an Unleashed path;
// the real API links to a CDN). Only images a product really lists are served, found by their URL so that a
// renamed product keeps its pictures.
import { Router } from 'express';
import type { MockContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { IMAGE_PATH_PREFIX, renderProductImage } from '../seed/images.ts';
import type { Product } from '../types.ts';

export function assetsRouter(context: MockContext): Router {
  const router = Router();
  let cached: { version: number; byUrl: Map<string, { product: Product; index: number }> } | undefined;

  const imagesByUrl = () => {
    if (cached?.version !== context.store.version) {
      const byUrl = new Map<string, { product: Product; index: number }>();
      for (const product of context.store.data.products) {
        (product.Images ?? []).forEach((image, index) => {
          byUrl.set(image.Url, { product, index });
        });
      }
      cached = { version: context.store.version, byUrl };
    }
    return cached.byUrl;
  };

  router.get('/__assets/images/:imageName', (req, res) => {
    const found = imagesByUrl().get(IMAGE_PATH_PREFIX + req.params.imageName);
    if (!found) throw notFound('Image');
    res
      .type('image/svg+xml')
      .set('Cache-Control', 'public, max-age=3600')
      .send(renderProductImage(found.product, found.index));
  });
  return router;
}
