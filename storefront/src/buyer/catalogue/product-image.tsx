// A product's picture (R5): its default image, or a drawn "no image" placeholder when it has none or the image
// fails to load.
import { useState } from 'preact/hooks';

/** A framed picture crossed out: reads as "no picture" at any size, in the store's muted colours. */
function NoImageDrawing() {
  return (
    <svg class="no-image-drawing" viewBox="0 0 64 48" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="56" height="40" rx="4" fill="none" stroke="currentColor" stroke-width="2.5" />
      <circle cx="20" cy="17" r="4.5" fill="currentColor" opacity="0.55" />
      <path d="M8 40l16-15 10 9 8-7 14 13z" fill="currentColor" opacity="0.35" />
      <path d="M10 44L54 4" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
    </svg>
  );
}

export function ProductImage(props: { urls: string[]; description: string; large?: boolean }) {
  const { urls, description, large } = props;
  const [failed, setFailed] = useState(false);
  const url = urls[0];
  const size = large ? 'product-image large' : 'product-image';
  if (!url || failed) {
    return (
      <div class={`${size} placeholder`} role="img" aria-label={`No picture of ${description}`}>
        <NoImageDrawing />
        <span aria-hidden="true">No image</span>
      </div>
    );
  }
  return <img class={size} src={url} alt={description} loading="lazy" onError={() => setFailed(true)} />;
}
