// A product's picture (R5): its default image, or a placeholder when it has none or the image fails to load.
import { useState } from 'preact/hooks';

export function ProductImage(props: { urls: string[]; description: string; large?: boolean }) {
  const { urls, description, large } = props;
  const [failed, setFailed] = useState(false);
  const url = urls[0];
  const size = large ? 'product-image large' : 'product-image';
  if (!url || failed) {
    return (
      <div class={`${size} placeholder`} role="img" aria-label={`No picture of ${description}`}>
        <span aria-hidden="true">No image</span>
      </div>
    );
  }
  return <img class={size} src={url} alt={description} loading="lazy" onError={() => setFailed(true)} />;
}
