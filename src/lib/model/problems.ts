/**
 * Content problems, each located by file and field, and the one collector the builders (buildPlan,
 * buildDerived, buildEdition) record them in: every problem of a build is reported at once.
 */

/** One problem in the content, located by file and field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Plan content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Records a problem in a file's field. */
export type Report = (file: string, field: string, message: string) => void;

/** Collects the problems a builder finds while it checks its input. */
export class Problems {
  readonly list: ContentProblem[] = [];
  /** Records a problem (a bound function: pass it to the checking steps). */
  readonly add: Report = (file, field, message) => {
    this.list.push({ file, field, message });
  };
  /** Throws a ContentError naming every problem recorded so far, if there is any. */
  throwIfAny(): void {
    if (this.list.length) throw new ContentError(this.list);
  }
}
