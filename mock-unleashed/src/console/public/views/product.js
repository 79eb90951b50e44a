// #/products/{guid}: one product with its images, price tiers, customer prices and stock per warehouse;
// make it obsolete or active again, change a price, adjust stock.
import { act, obsoleteToggle, panelForm } from '../actions.js';
import { query, unleashed } from '../api.js';
import { badge, details, field, h, money, selectControl, table, viewPage, wireDate, yesNo } from '../dom.js';
import { stockSection } from './product-stock.js';

const TIERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function images(product) {
  const list = product.Images ?? [];
  if (list.length === 0) return h('p', { class: 'empty' }, 'No images.');
  return h(
    'ul',
    { class: 'images' },
    list.map((image, i) =>
      h(
        'li',
        {},
        h('img', {
          src: image.Url,
          alt: `${product.ProductDescription}, image ${i + 1}${image.IsDefault ? ' (default)' : ''}`,
        }),
      ),
    ),
  );
}

function priceForm(product, refresh) {
  const choices = [['DefaultSellPrice', `Default sell price (${money(product.DefaultSellPrice)})`]];
  for (const n of TIERS) {
    const tier = product[`SellPriceTier${n}`];
    choices.push([`SellPriceTier${n}`, `${tier?.Name ?? `Tier ${n}`} (${money(tier?.Value)})`]);
  }
  return panelForm(
    { id: 'change-price', heading: 'Change a price' },
    [
      field('Price', selectControl('which', choices)),
      field(
        'New value',
        h('input', { name: 'value', type: 'number', step: '0.01', min: '0', required: true }),
      ),
      h('button', { type: 'submit' }, 'Save price'),
    ],
    (form) => {
      const which = String(form.get('which'));
      const value = Number(form.get('value'));
      const body = which === 'DefaultSellPrice' ? { DefaultSellPrice: value } : { [which]: { Value: value } };
      return act(
        `Price saved for ${product.ProductCode}.`,
        () => unleashed('POST', `/Products/${product.Guid}`, body),
        refresh,
      );
    },
  );
}

function customerPrices(prices) {
  return table(
    'Customer prices (read only: Unleashed has no API to change them)',
    [
      {
        header: 'Customer',
        cell: (p) =>
          p.Customer ? `${p.Customer.CustomerCode} · ${p.Customer.CustomerName ?? ''}` : 'Everyone',
      },
      { header: 'Type', cell: (p) => (p.PriceType === 'Discount' ? `${p.DiscountValue}% off` : 'Fixed') },
      { header: 'From quantity', cell: (p) => String(p.MinimumQuantity), numeric: true },
      { header: 'Price', cell: (p) => money(p.CustomerPrice), numeric: true },
      { header: 'Valid', cell: (p) => `${wireDate(p.ValidFrom, false)} to ${wireDate(p.ValidTo, false)}` },
    ],
    prices,
  );
}

/** The product page. */
export async function productView(ctx) {
  const guid = encodeURIComponent(ctx.params[0]);
  const product = await unleashed('GET', `/Products/${guid}`);
  const [prices, stock] = await Promise.all([
    unleashed('GET', `/ProductPrices${query({ productCode: product.ProductCode, pageSize: 200 })}`),
    stockSection(product, ctx.refresh),
  ]);
  const setObsolete = (obsolete) =>
    act(
      `${product.ProductCode} is ${obsolete ? 'obsolete' : 'active again'}.`,
      () =>
        obsolete
          ? unleashed('POST', `/Products/Obsolete/${guid}`)
          : unleashed('POST', `/Products/${guid}`, { Obsolete: false }),
      ctx.refresh,
    );
  return viewPage(
    { title: `${product.ProductCode} · ${product.ProductDescription}`, crumb: ['#/products', 'Products'] },
    h('div', { class: 'actions' }, obsoleteToggle(product.Obsolete, setObsolete)),
    images(product),
    details([
      ['State', product.Obsolete ? badge('Obsolete') : badge('Active')],
      ['Group', product.ProductGroup?.GroupName],
      ['Sellable', yesNo(product.IsSellable)],
      ['Default sell price', money(product.DefaultSellPrice)],
      ['Default purchase price', money(product.DefaultPurchasePrice)],
      ['Minimum sell price', money(product.MinimumSellPrice)],
      ['Last modified', `${wireDate(product.LastModifiedOn)} by ${product.LastModifiedBy ?? '—'}`],
    ]),
    table(
      'Sell price tiers',
      [
        { header: 'Tier', cell: (n) => product[`SellPriceTier${n}`]?.Name ?? `Tier ${n}` },
        { header: 'Price', cell: (n) => money(product[`SellPriceTier${n}`]?.Value), numeric: true },
      ],
      TIERS,
    ),
    customerPrices(prices.Items),
    stock,
    h('div', { class: 'forms' }, priceForm(product, ctx.refresh)),
  );
}
