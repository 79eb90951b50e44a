// The store's branding (issue 16 item 9) on the settings page: brand colour and banner (PATCH /admin/stores/{id}),
// and the logo (PUT/DELETE …/logo, a PNG, JPEG or WebP of at most 256 KB). Buyers see them in the store's header,
// and every email carries the logo and colour.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors } from '../../api/problem.ts';
import type { Problem, Store } from '../../api/types.ts';
import { Field, Notice, ProblemNote } from '../../ui/components.tsx';
import { TextField } from '../../ui/text-field.tsx';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
type LogoType = (typeof LOGO_TYPES)[number];
const MAX_LOGO_BYTES = 256 * 1024;
const DEFAULT_COLOUR = '#1d4ed8';

/** The file's bytes as base64 (the upload's body). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function BrandingSettings({ store, onSaved }: { store: Store; onSaved: (store: Store) => void }) {
  const [colour, setColour] = useState(store.branding.brandColour ?? '');
  const [banner, setBanner] = useState(store.branding.bannerText ?? '');
  const [logoUrl, setLogoUrl] = useState(store.branding.logoUrl);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const path = { params: { path: { storeId: store.id } } };

  const finish = (message: string) => {
    setErrors({});
    setProblem(undefined);
    setDone(message);
  };
  const fail = (error: Problem) => {
    const byField = fieldErrors(error);
    setErrors(byField);
    setProblem(Object.keys(byField).length ? undefined : error);
    setDone(undefined);
  };
  /** A refusal found here, before sending, shown at `field` as the gateway's would be. */
  const refuse = (field: string, message: string) =>
    fail({ type: 'validation-failed', title: '', status: 400, errors: [{ field, message }] } as Problem);
  /** Sends one change with the form busy meanwhile; a refusal is shown, else `then` gets the answer. */
  const send = async <T,>(call: Promise<{ data?: T; error?: Problem }>, then: (data: T) => void) => {
    setBusy(true);
    const { data, error } = await call;
    setBusy(false);
    if (error) fail(error);
    else then(data as T);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const brandColour = colour.trim() === '' ? null : colour.trim();
    if (brandColour !== null && !/^#[0-9a-fA-F]{6}$/.test(brandColour))
      return refuse('brandColour', 'must be a colour like #1d4ed8');
    await send(
      api.PATCH('/admin/stores/{storeId}', {
        ...path,
        body: { brandColour, bannerText: banner.trim() === '' ? null : banner },
      }),
      (saved) => {
        onSaved(saved);
        finish('Branding saved.');
      },
    );
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type as LogoType) || file.size > MAX_LOGO_BYTES)
      return refuse('data', 'must be a PNG, JPEG or WebP image of at most 256 KB');
    const body = { contentType: file.type as LogoType, data: await base64Of(file) };
    await send(api.PUT('/admin/stores/{storeId}/logo', { ...path, body }), (data) => {
      setLogoUrl(data.logoUrl);
      finish('Logo uploaded.');
    });
  };

  const removeLogo = async () => {
    await send(api.DELETE('/admin/stores/{storeId}/logo', path), (data) => {
      setLogoUrl(data.logoUrl);
      finish('Logo removed.');
    });
  };

  return (
    <form class="card form" onSubmit={save} noValidate aria-labelledby="branding-title">
      <h2 id="branding-title">Branding</h2>
      <p class="muted">Buyers see these in the store's header; every email carries the logo and colour.</p>
      <div class="field">
        <span class="label">Logo</span>
        {logoUrl ? (
          <img class="logo-preview" src={logoUrl} alt={`The logo of ${store.name}`} />
        ) : (
          <p class="muted">No logo: the store's name shows alone.</p>
        )}
      </div>
      <Field
        id="store-logo"
        label="Upload a logo"
        hint="PNG, JPEG or WebP, at most 256 KB."
        error={errors.data}
      >
        {(c) => (
          <input
            {...c}
            type="file"
            accept={LOGO_TYPES.join(',')}
            disabled={busy}
            onChange={(e) => upload(e.currentTarget.files?.[0])}
          />
        )}
      </Field>
      {logoUrl && (
        <button type="button" class="button secondary small" onClick={removeLogo} disabled={busy}>
          Remove the logo
        </button>
      )}
      <Field
        id="store-brandColour"
        label="Brand colour"
        hint="Like #1d4ed8, for buttons and links. It must be dark enough for white text on it. Empty: the portal's blue."
        error={errors.brandColour}
      >
        {(c) => (
          <span class="colour-field">
            <input
              {...c}
              value={colour}
              spellcheck={false}
              onInput={(e) => setColour(e.currentTarget.value)}
            />
            <input
              type="color"
              aria-label="Pick the brand colour"
              value={/^#[0-9a-fA-F]{6}$/.test(colour) ? colour : DEFAULT_COLOUR}
              onInput={(e) => setColour(e.currentTarget.value)}
            />
          </span>
        )}
      </Field>
      <TextField
        id="store-bannerText"
        label="Banner"
        hint="One line shown to buyers at the top of every page (e.g. holiday hours); empty shows none."
        error={errors.bannerText}
        maxLength={200}
        value={banner}
        onValue={(value) => setBanner(value)}
      />
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          Save branding
        </button>
        {done && <Notice>{done}</Notice>}
        {problem && <ProblemNote problem={problem} />}
      </div>
    </form>
  );
}
