// GET /store/sign-in-pages/{slug} (public): what a store's sign-in page (`/s/{slug}/`) shows before anyone signs
// in — its name and branding, nothing else; an address that names no store answers not-found.
import { Router } from 'express';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';
import type { StoresService } from './stores.service.ts';
import { storeBranding } from './stores.types.ts';

type SignInPage = components['schemas']['SignInPage'];

export function signInPageRouter(stores: Pick<StoresService, 'findBySlug'>): Router {
  const router = Router();
  router.get('/store/sign-in-pages/:slug', async (req, res) => {
    const store = await stores.findBySlug(req.params.slug);
    if (!store) throw new AppError('not-found', 'No store has this address.');
    const page: SignInPage = { name: store.name, branding: storeBranding(store) };
    res.json(page);
  });
  return router;
}
