/** Chart defaults, declared once: sizes, type, colours, and how each role is drawn (not only by colour). */
import type { Role } from '../../model/model';

export const CHART = {
  width: 640,
  font: 13,
  labelWidth: 168,
  rowHeight: 28,
  barHeight: 18,
  legendHeight: 30,
  axisHeight: 22,
  marginRight: 44,
  // colours are the site's custom properties (they follow the theme), light values as fallbacks
  text: 'var(--c-text, #1c1c1e)',
  muted: 'var(--c-muted, #555a60)',
  grid: 'var(--c-border, #d9d6d0)',
  background: 'var(--c-surface, #ffffff)',
  link: 'var(--c-link, #0b4f9c)',
  frame: 'var(--c-subtle, #f4f2ee)',
  onPart: 'var(--c-on-part, #ffffff)',
} as const;

/**
 * Roles in stacked bars: 牵头 solid, 负责 hatched, 配合 dotted — readable in greyscale and print.
 * Colours match the site's role badges (--c-lead, --c-responsible, --c-cooperate).
 */
export const ROLE_STYLE: Record<Role, { color: string; pattern: 'solid' | 'hatch' | 'dots' }> = {
  lead: { color: 'var(--c-lead, #a3120f)', pattern: 'solid' },
  responsible: { color: 'var(--c-responsible, #0b4f9c)', pattern: 'hatch' },
  cooperate: { color: 'var(--c-cooperate, #3d6b21)', pattern: 'dots' },
};

/** One-colour bars (counts that are not split by role). */
export const PLAIN_STYLE = { color: 'var(--c-part-7, #3f4a55)', pattern: 'solid' as const };
