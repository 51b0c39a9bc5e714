/**
 * Reads the English edition (content/glossary.yaml, content/translations/en/) through the real schemas,
 * the way the content layer does, so tests and fixtures cannot drift from the site.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { glossarySchema } from '../../src/schemas/glossary';
import { documentTranslationSchema, measureTranslationSchema } from '../../src/schemas/translation';
import { buildEdition, type Edition, type EditionInput } from '../../src/lib/i18n/edition';
import { CONTENT, loadPlan, validate } from './content';

/** One translation file's text as the content layer gives it (id from the file name). */
export function enMeasureEntry(text: string, file: string) {
  const id = file.replace(/^.*\//u, '').replace(/\.yaml$/u, '');
  return {
    id,
    filePath: file,
    data: validate(measureTranslationSchema, YAML.parse(text), file),
  };
}

export const EN_MEASURES = join(CONTENT, 'translations/en/measures');

export function loadEditionInput(): EditionInput {
  const read = (f: string) => YAML.parse(readFileSync(join(CONTENT, f), 'utf8'));
  const files = existsSync(EN_MEASURES)
    ? readdirSync(EN_MEASURES)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
  return {
    glossary: [
      {
        id: 'en',
        data: validate(glossarySchema, read('glossary.yaml'), 'content/glossary.yaml'),
      },
    ],
    document: [
      {
        id: 'en',
        data: validate(
          documentTranslationSchema,
          read('translations/en/document.yaml'),
          'content/translations/en/document.yaml',
        ),
      },
    ],
    measures: files.map((f) =>
      enMeasureEntry(readFileSync(join(EN_MEASURES, f), 'utf8'), `content/translations/en/measures/${f}`),
    ),
  };
}

let edition: Edition | undefined;
/** The real English edition, built once per test file. */
export function loadEdition(): Edition {
  edition ??= buildEdition(loadPlan(), loadEditionInput());
  return edition;
}
