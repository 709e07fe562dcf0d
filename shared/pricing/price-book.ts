import { z } from 'zod';
import { currencySchema, isoDateSchema, productIdSchema, soldLicenseTypeSchema, tierSchema, type ProductId, type Tier } from '../catalog';
import { domainError, err, ok, type DomainError, type Result } from '../errors';

/**
 * The price book: every list price the app quotes from (R-PRICE-1). A sample is
 * bundled in resources/price-book.json; the Conex API sends newer ones when online.
 * All prices are integer minor units of `baseCurrency` (EUR).
 */
const price = z.number().int().nonnegative();
const percent = z.number().min(0).max(100);

export const LINE_KINDS = ['new', 'renewal', 'upgrade', 'cloud-subscription'] as const;
export const lineKindSchema = z.enum(LINE_KINDS);
export type LineKind = z.infer<typeof lineKindSchema>;

export const exchangeRateSchema = z.object({
  /** Units of the currency for one euro (e.g. 150.25 DZD). */
  perEur: z.number().positive(),
  /** Currency fluctuation margin added on top of the rate (R-CUR-1). */
  marginPercent: percent,
  /** The date the rate was fixed. */
  date: isoDateSchema,
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

const serverTierSchema = z.object({ users: z.number().int().positive(), newLicense: price, renewal: price });
const cloudTierSchema = z.object({ users: z.number().int().positive(), annual: price });
const upgradeSchema = z.object({ from: tierSchema, to: tierSchema, price });

export const productSchema = z.object({
  id: productIdSchema,
  name: z.string().min(1),
  /** Enterprise products (Data Center) need "contact us" to change a quote (R-ORD-7). */
  enterprise: z.boolean(),
  /** Server list prices per tier: a new perpetual license with 12 months maintenance, and one 12-month renewal block. */
  server: z.partialRecord(tierSchema, serverTierSchema).optional(),
  /** Cloud annual subscription per tier. */
  cloud: z.partialRecord(tierSchema, cloudTierSchema).optional(),
  /** Server upgrade prices between tiers. */
  upgrades: z.array(upgradeSchema).default([]),
});
export type Product = z.infer<typeof productSchema>;

export const priceBookSchema = z
  .object({
    sample: z.boolean(),
    notice: z.string(),
    version: z.string().min(1),
    effectiveDate: isoDateSchema,
    baseCurrency: z.literal('EUR'),
    licenseTypes: z.array(soldLicenseTypeSchema).min(1),
    products: z.array(productSchema).min(1),
    promotion: z.object({ percent, endsOn: isoDateSchema, appliesTo: z.array(lineKindSchema).default([...LINE_KINDS]) }).nullable(),
    academic: z.object({ serverPercent: percent, cloudPercent: percent }),
    exchange: z.partialRecord(currencySchema.exclude(['EUR']), exchangeRateSchema),
    majorVersions: z.array(z.object({ major: z.number().int().positive(), releasedOn: isoDateSchema })).min(1),
  })
  .superRefine((book, ctx) => {
    const ids = book.products.map((p) => p.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'duplicate product', path: ['products'] });
    book.products.forEach((p, i) =>
      p.upgrades.forEach((u, j) => {
        if (TIER_ORDER[u.to] <= TIER_ORDER[u.from])
          ctx.addIssue({ code: 'custom', message: 'upgrade must go up', path: ['products', i, 'upgrades', j] });
      }),
    );
  });
export type PriceBook = z.infer<typeof priceBookSchema>;
export type PriceBookInput = z.input<typeof priceBookSchema>;

const TIER_ORDER: Readonly<Record<Tier, number>> = { Starter: 0, Express: 1, Professional: 2, Enterprise: 3 };

/** Validates a price book from the bundle, the store or the API; errors name the first bad field. */
export function parsePriceBook(input: unknown): Result<PriceBook> {
  const parsed = priceBookSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err(
    domainError('priceBook.invalid', 'domain:priceBook.invalid', { path: issue ? issue.path.join('.') : '', detail: issue?.message ?? '' }),
  );
}

/** The product entry, or a `product.missing` error. */
export function findProduct(book: PriceBook, product: ProductId): Result<Product> {
  const found = book.products.find((p) => p.id === product);
  return found ? ok(found) : err(domainError('product.missing', 'domain:product.missing', { product }));
}

/** A tier-not-sold error for a product and deployment. */
export function tierMissing(product: ProductId, tier: string, deployment: string): DomainError {
  return domainError('tier.unknown', 'domain:tier.unknown', { product, tier, deployment });
}
