import { z } from 'astro/zod';

/** A task force (专班) named by the plan (content/task-forces.yaml). */
export const taskForceSchema = z.object({
  /** Name as written: 金融业专班. */
  name: z.string().min(1),
});
