import { z } from 'zod';
import { entityKindSchema } from './catalog';

/** ISO 3166-1 alpha-2 country code. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, { message: 'entities:errors.country' });

/** What a user types for an entity; the store adds id and timestamps. */
export const entityInputSchema = z.object({
  name: z.string().trim().min(1, { message: 'entities:errors.nameRequired' }).max(200, { message: 'entities:errors.nameTooLong' }),
  kind: entityKindSchema,
  country: countryCodeSchema,
  notes: z.string().max(5000, { message: 'entities:errors.notesTooLong' }).default(''),
});
export type EntityInput = z.input<typeof entityInputSchema>;

export const entitySchema = entityInputSchema.extend({
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Entity = z.infer<typeof entitySchema>;

/** Names compare without case or surrounding spaces: "Main Library" and "main library " clash. */
export function entityNameKey(name: string, country: string): string {
  return `${country}|${name.trim().toLocaleLowerCase('en')}`;
}
