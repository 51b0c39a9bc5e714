import { z } from 'astro/zod';
import type { RefFactory } from './ref';

/** A sector heading （一）…（十四） inside parts 三 and 四 (content/sectors.yaml). */
export const sectorSchema = (ref: RefFactory) =>
  z.object({
    /** 1…14; printed as （一）…（十四）. */
    number: z.number().int().min(1),
    /** The part the heading stands in. */
    part: ref('parts'),
    /** Heading without numeral or task-force note: 现代金融. */
    heading: z.string().min(1),
    /** Task force the heading names, e.g. （金融业专班负责）; absent where the text names none. */
    taskForce: ref('taskForces').optional(),
  });
