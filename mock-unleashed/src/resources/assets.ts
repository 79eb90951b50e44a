// /__assets/images/{name}.svg: the product images the seed links to, drawn on request (not an Unleashed path;
// the real API links to a CDN). Only images a product really lists are served.
import { Router } from 'express';
import type { MockContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { imageCandidates, productImageUrl, renderProductImage } from '../seed/images.ts';

export function assetsRouter(context: MockContext): Router {
  const router = Router();
  router.get('/__assets/images/:imageName', (req, res) => {
    const byCode = context.store.index('products', (p) => p.ProductCode, 'products:code');
    for (const { productCode, index } of imageCandidates(req.params.imageName)) {
      const product = byCode.get(productCode);
      const url = productImageUrl(productCode, index);
      if (product?.Images?.some((image) => image.Url === url)) {
        res
          .type('image/svg+xml')
          .set('Cache-Control', 'public, max-age=3600')
          .send(renderProductImage(product, index));
        return;
      }
    }
    throw notFound('Image');
  });
  return router;
}
