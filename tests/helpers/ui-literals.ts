/**
 * Finds UI words written as literals in components instead of the dictionaries (src/lib/i18n/dict): text between
 * tags and static values of the attributes people read (aria-label, title, placeholder, alt, label…) holding Chinese
 * characters or English words, and any string literal in code holding Chinese characters (`en ? 'Part' : '部分'`).
 * .astro files are parsed with Astro's compiler, .tsx files with TypeScript's. Not UI words, so not reported:
 * <style>, <script>, <code> and <kbd> contents, punctuation, numbers, file names and addresses, class/id/data-*
 * and link-like attributes, import paths and types.
 */
import { parse } from '@astrojs/compiler-rs';
import ts from 'typescript';

export interface Literal {
  line: number;
  text: string;
}

const HAN = /\p{Script=Han}/u;
/** Attributes whose value a reader sees or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'description',
  'caption',
  'summary',
]);
/** Elements whose contents are not UI words. */
const SKIP_ELEMENTS = new Set(['style', 'script', 'code', 'kbd']);

/** Whether a text holds Chinese characters or an English word (file names, addresses and #anchors aside). */
export function isUiWords(text: string): boolean {
  if (HAN.test(text)) return true;
  const words = text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gu, ' ')
    .replace(/[\w.-]*[\w-]\.(?:csv|json|txt|png|xml|html|svg)\b/gu, ' ')
    .replace(/#[\w-]+/gu, ' ');
  return /[A-Za-z]{2,}/u.test(words);
}

const lineAt = (source: string) => {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
};

type Node = Record<string, unknown> & { type?: string; start?: number };

/** UI literals in an .astro file (frontmatter and template). */
export function astroLiterals(source: string): Literal[] {
  const { ast, diagnostics } = parse(source);
  const errors = diagnostics.filter((d) => String(d.severity).toLowerCase() === 'error');
  if (errors.length) throw new Error(`cannot parse: ${errors.map((d) => d.text).join('; ')}`);
  const line = lineAt(source);
  const found: Literal[] = [];
  const report = (node: Node, text: string) => found.push({ line: line(node.start ?? 0), text: text.trim() });
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    const type = node.type ?? '';
    if (type.startsWith('TS') || type === 'ImportDeclaration' || type === 'ExportAllDeclaration') return;
    if (type === 'JSXElement') {
      const name = (node.openingElement as { name: { name?: string } }).name.name ?? '';
      if (SKIP_ELEMENTS.has(name)) return;
    }
    if (type === 'JSXText') {
      if (isUiWords(String(node.value))) report(node, String(node.value));
      return;
    }
    if (type === 'JSXAttribute') {
      const name = (node.name as { name?: unknown }).name;
      const v = node.value as Node | null;
      if (v?.type === 'Literal' && typeof v.value === 'string') {
        const read = typeof name === 'string' && READ_ATTRIBUTES.has(name);
        if ((read && isUiWords(v.value)) || HAN.test(v.value)) report(v, `${String(name)}="${v.value}"`);
        return;
      }
      return walk(v);
    }
    if (type === 'Literal' && typeof node.value === 'string') {
      if (HAN.test(node.value)) report(node, `'${node.value}'`);
      return;
    }
    if (type === 'TemplateElement') {
      const cooked = (node.value as { cooked?: string } | null)?.cooked ?? '';
      if (HAN.test(cooked)) report(node, `\`${cooked}\``);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') walk(child);
  };
  walk(ast);
  return found;
}

/** UI literals in a .tsx file. */
export function tsxLiterals(source: string, fileName = 'file.tsx'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxElement(node)) {
      const tag = node.openingElement.tagName.getText(file);
      if (SKIP_ELEMENTS.has(tag)) return;
    }
    if (ts.isJsxText(node)) {
      if (isUiWords(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) {
        if ((READ_ATTRIBUTES.has(name) && isUiWords(init.text)) || HAN.test(init.text))
          report(init, `${name}="${init.text}"`);
        return;
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (HAN.test(node.text)) report(node, `'${node.text}'`);
      return;
    }
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (HAN.test(node.text)) report(node, `\`${node.text}\``);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
