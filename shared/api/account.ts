import { z } from 'zod';
import { emailSchema } from '../quote';

/** The signed-in account. Its email is the username (R-ACC-1). */
export const apiAccountSchema = z.object({
  id: z.string().min(1).max(64),
  email: emailSchema,
  name: z.string().max(200),
  /** The customer asked not to be named in any publicity (R-ACC-5). */
  publicityOptOut: z.boolean(),
});
export type ApiAccount = z.infer<typeof apiAccountSchema>;

/** An API token as issued by Conex: long, no spaces. */
export const apiTokenSchema = z.string().regex(/^[A-Za-z0-9._~-]{16,256}$/);

export const signInRequestSchema = z.object({ email: emailSchema, token: apiTokenSchema });
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const signInResponseSchema = z.object({ account: apiAccountSchema });

/** Changing the email carries every license contact of the account over to the new email (R-ACC-1). */
export const accountUpdateSchema = z
  .object({ email: emailSchema, name: z.string().trim().max(200), publicityOptOut: z.boolean() })
  .partial()
  .refine((u) => Object.keys(u).length > 0, { message: 'nothing to change' });
export type AccountUpdate = z.infer<typeof accountUpdateSchema>;
