// PUT and DELETE /admin/stores/{storeId}/logo (the admin's upload) and GET /store/logos/{storeId} (public: the
// image itself, with its own type, a long cache lifetime since its URL names its version, and an ETag).
import { Router } from 'express';
import type { StoreLogoService, StoreLogoUpload } from './store-logo.service.ts';

export function storeLogoAdminRouter(logos: StoreLogoService): Router {
  const router = Router();
  router.put('/admin/stores/:storeId/logo', async (req, res) => {
    res.json(await logos.upload(req.params.storeId, req.body as StoreLogoUpload));
  });
  router.delete('/admin/stores/:storeId/logo', async (req, res) => {
    res.json(await logos.remove(req.params.storeId));
  });
  return router;
}

export function storeLogoPublicRouter(logos: StoreLogoService): Router {
  const router = Router();
  router.get('/store/logos/:storeId', async (req, res) => {
    const logo = await logos.get(req.params.storeId);
    const etag = `"${logo.version}"`;
    // A URL with the current version never changes; without it (or an old one) the browser checks again soon.
    const cache =
      req.query.v === logo.version ? 'public, max-age=31536000, immutable' : 'public, max-age=300';
    res.setHeader('Cache-Control', cache);
    res.setHeader('ETag', etag);
    res.setHeader('Content-Disposition', 'inline');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.type(logo.contentType).send(logo.data);
  });
  return router;
}
