import { z } from 'zod';
import { deploymentSchema, productIdSchema } from '../catalog';
import { countryCodeSchema } from '../entity';

/**
 * Asking Conex for an evaluation key (R-EVAL-1): Conex issues a key of the
 * highest tier that runs 10 days from the moment it is issued, to the minute,
 * and lists the asking account as its billing and technical contact.
 */
export const evaluationRequestSchema = z.object({
  product: productIdSchema,
  deployment: deploymentSchema,
  /** Name of the entity the evaluation is for (R-LIC-1). */
  entity: z.string().trim().min(1).max(200),
  country: countryCodeSchema,
  serverId: z.string().trim().min(1).max(100),
  licensee: z.string().trim().min(1).max(200),
});
export type EvaluationRequest = z.input<typeof evaluationRequestSchema>;
