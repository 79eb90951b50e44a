// #/products: the account's products, searchable by code or description, obsolete ones on request.
import { badge, h, money, wireDate } from '../dom.js';
import { linkColumn, pagedList } from './paged-list.js';

/** The product list. */
export function productsView(ctx) {
  return pagedList(ctx, {
    title: 'Products',
    resource: '/Products',
    route: '#/products',
    filters: [
      { name: 'product', label: 'Code or description contains' },
      { name: 'includeObsolete', label: 'Include obsolete', checkbox: true },
    ],
    columns: [
      {
        header: 'Image',
        cell: (product) =>
          product.ImageUrl
            ? h('img', { src: product.ImageUrl, alt: '', class: 'thumb', loading: 'lazy' })
            : '—',
      },
      linkColumn('Code', '#/products', (product) => product.ProductCode),
      { header: 'Description', cell: (product) => product.ProductDescription },
      { header: 'Group', cell: (product) => product.ProductGroup?.GroupName ?? '—' },
      { header: 'Sell price', cell: (product) => money(product.DefaultSellPrice), numeric: true },
      { header: 'State', cell: (product) => (product.Obsolete ? badge('Obsolete') : badge('Active')) },
      { header: 'Last modified', cell: (product) => wireDate(product.LastModifiedOn) },
    ],
  });
}
