/**
 * Text whose numbers with their units (14条, 7.5%, 2022年) stay on one line: the same
 * `<span class="nowrap">` runs the build adds to server-rendered pages (src/lib/site/number-runs.ts),
 * rendered by React itself so the island's server HTML and its first browser render are identical.
 */
import { numberRuns } from '../../lib/site/number-runs';

export function Nums({ children }: { children: string }) {
  return (
    <>
      {numberRuns(children).map((s, i) =>
        s.keep ? (
          <span key={i} className="nowrap">
            {s.text}
          </span>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
