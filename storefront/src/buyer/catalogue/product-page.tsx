// One product's page: what the catalogue shows this buyer (price, stock, orderable) and its price at each
// quantity break for the buyer's customer (R17a), as the cart will charge it.
import { api } from '../../api/client.ts';
import { href } from '../../router.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { useLoad } from '../../ui/use-load.ts';
import { useCurrency } from '../buyer-context.ts';
import { routeWith } from '../route-query.ts';
import { AddToCart } from './add-to-cart.tsx';
import { PriceByQuantity } from './price-by-quantity.tsx';
import { OrderableNote } from './product-card.tsx';
import { ProductImage } from './product-image.tsx';
import { QuantityRuleNote } from './quantity-rule.tsx';
import { StockBadge } from './stock-badge.tsx';

export function ProductPage({ code }: { code: string }) {
  const currency = useCurrency();
  const found = useLoad(
    () => api.GET('/store/products/{productCode}', { params: { path: { productCode: code } } }),
    [code],
  );
  if (found.state === 'loading') return <Loading label="Loading the product…" />;
  if (found.state === 'failed' && found.problem.status !== 404)
    return <ProblemNote problem={found.problem} onRetry={found.reload} />;
  if (found.state === 'failed') {
    return (
      <div class="stack">
        <PageTitle>Product not found</PageTitle>
        <p>
          The store shows you no product {code}. It may have been withdrawn.{' '}
          <a href={href('/catalogue')}>Back to the catalogue</a>
        </p>
      </div>
    );
  }
  const product = found.data;
  // Its product group and any store categories (R17); older gateways sent only the group.
  const categories = product.categories ?? (product.category ? [product.category] : []);
  return (
    <div class="stack">
      <p>
        <a href={href('/catalogue')}>← Catalogue</a>
      </p>
      <div class="product-detail">
        <div class="product-pictures">
          <ProductImage urls={product.imageUrls} description={product.description} large />
          {product.imageUrls.length > 1 && (
            <ul class="product-thumbs">
              {product.imageUrls.slice(1).map((url, index) => (
                <li key={url}>
                  <ProductImage urls={[url]} description={`${product.description}, picture ${index + 2}`} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="stack">
          <PageTitle>{product.description}</PageTitle>
          {product.details && <p class="product-details">{product.details}</p>}
          <dl class="facts">
            <Fact term="Code">{product.code}</Fact>
            <Fact term={categories.length > 1 ? 'Categories' : 'Category'}>
              {categories.length === 0
                ? '—'
                : categories.map((name, index) => (
                    <span key={name}>
                      {index > 0 && ', '}
                      <a href={href(routeWith('/catalogue', { category: name }))}>{name}</a>
                    </span>
                  ))}
            </Fact>
            <Fact term={`Your price (${currency})`} valueClass="price">
              {formatMoney(product.price)} each
            </Fact>
            <Fact term="Stock">
              <StockBadge stock={product.stock} />
            </Fact>
          </dl>
          {product.priceBreaks.length > 0 && (
            <section aria-labelledby="breaks-heading" class="price-breaks">
              <h2 id="breaks-heading">Price by quantity ({currency})</h2>
              <PriceByQuantity price={product.price} breaks={product.priceBreaks} />
            </section>
          )}
          <p class="muted">
            Stock as of {formatDateTime(product.stockSyncedAt)}.
            {product.priceBreaks.length > 0 && ' The cart prices each line for its quantity.'}
          </p>
          <QuantityRuleNote product={product} />
          <OrderableNote product={product} />
          {product.orderable && <AddToCart product={product} idPrefix="product" />}
        </div>
      </div>
    </div>
  );
}
