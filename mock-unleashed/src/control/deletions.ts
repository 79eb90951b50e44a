// Deleting a customer or a product outright, as a user can in Unleashed's screens (its API only makes records
// Obsolete): refused while a sales order names the record, as Unleashed refuses records with transactions;
// otherwise the record goes with what hangs off it, reads 404 from then on, and subscribers get *.deleted.
import { Router } from 'express';
import type { MockContext } from '../context.ts';
import { fieldError, notFound, validationError } from '../errors.ts';

const same = (a: string | null | undefined, b: string) => a?.toLowerCase() === b;

export function deletionsRouter(context: MockContext): Router {
  const { store } = context;
  const router = Router();

  router.delete('/__control/customers/:customerGuid', async (req, res) => {
    const guid = String(req.params.customerGuid).toLowerCase();
    const data = store.data;
    const customer = data.customers.find((c) => same(c.Guid, guid));
    if (!customer) throw notFound('Customer');
    if (data.salesOrders.some((order) => same(order.Customer.Guid, guid))) {
      const why = `Customer ${customer.CustomerCode} has sales orders and cannot be deleted; make it Obsolete instead.`;
      throw validationError([fieldError('Customer', why, 'HasTransactions')]);
    }
    data.customers = data.customers.filter((c) => c !== customer);
    delete data.contacts[customer.Guid];
    data.productPrices = data.productPrices.filter((row) => !same(row.Customer?.Guid, guid));
    await store.commit();
    context.events.emit('customer.deleted', customer.Guid);
    res.status(204).end();
  });

  router.delete('/__control/products/:productGuid', async (req, res) => {
    const guid = String(req.params.productGuid).toLowerCase();
    const data = store.data;
    const product = data.products.find((p) => same(p.Guid, guid));
    if (!product) throw notFound('Product');
    const onOrder = data.salesOrders.some((order) =>
      order.SalesOrderLines.some((line) => line.LineType !== 'Charge' && same(line.Product.Guid, guid)),
    );
    if (onOrder) {
      const why = `Product ${product.ProductCode} is on sales orders and cannot be deleted; make it Obsolete instead.`;
      throw validationError([fieldError('Product', why, 'HasTransactions')]);
    }
    data.products = data.products.filter((p) => p !== product);
    data.stock = data.stock.filter((row) => !same(row.ProductGuid, guid));
    data.productPrices = data.productPrices.filter((row) => !same(row.Product.Guid, guid));
    await store.commit();
    context.events.emit('product.deleted', product.Guid);
    res.status(204).end();
  });

  return router;
}
