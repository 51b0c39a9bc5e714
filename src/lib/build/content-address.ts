/** Content-addressed file names for files fetched at run time by code. Build-time only (node:crypto). */
import { createHash } from 'node:crypto';

/**
 * A file name that changes whenever the content does ('index.3f9a0c1b2d.json'), so the file can be
 * cached as immutable: after a content update the new build's code asks for a new name.
 */
export function contentAddressedName(stem: string, ext: string, body: string): string {
  return `${stem}.${createHash('sha256').update(body).digest('hex').slice(0, 10)}.${ext}`;
}
