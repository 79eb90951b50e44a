// One product in the catalogue (grid tile or list row): picture, description linking to its page, code and
// category, the buyer's own price (R17a), the stock band (R17b) and either add-to-cart or why it cannot be
// ordered now.
import type { BuyerProduct } from '../../api/types.ts';
import { href } from '../../router.ts';
import { formatMoney } from '../../ui/money.ts';
import { AddToCart } from './add-to-cart.tsx';
import { ProductImage } from './product-image.tsx';
import { QuantityRuleNote } from './quantity-rule.tsx';
import { StockBadge } from './stock-badge.tsx';

export function productRoute(code: string): string {
  return `/products/${encodeURIComponent(code)}`;
}

/** Why a product shows without add-to-cart, or that ordering it makes a backorder. */
export function OrderableNote({ product }: { product: BuyerProduct }) {
  if (product.orderable) {
    return product.backorder ? (
      <p class="orderable-note">Out of stock: ordering it now makes a backorder.</p>
    ) : null;
  }
  return (
    <p class="orderable-note not-orderable">
      {product.stock.band === 'out'
        ? 'Out of stock: it cannot be ordered now.'
        : 'Can be viewed but not ordered.'}
    </p>
  );
}

export function ProductCard({ product, view }: { product: BuyerProduct; view: 'grid' | 'list' }) {
  return (
    <li class={`product-card ${view}`}>
      <ProductImage urls={product.imageUrls} description={product.description} />
      <div class="product-body">
        <h2 class="product-title">
          <a href={href(productRoute(product.code))}>{product.description}</a>
        </h2>
        <p class="product-code">
          {product.code}
          {product.category && <span class="muted"> · {product.category}</span>}
        </p>
        <p class="price">
          {formatMoney(product.price)} <span class="muted">each</span>
        </p>
        <StockBadge stock={product.stock} />
        <QuantityRuleNote product={product} />
        <OrderableNote product={product} />
      </div>
      {product.orderable && (
        <div class="product-order">
          <AddToCart product={product} idPrefix="catalogue" />
        </div>
      )}
    </li>
  );
}
