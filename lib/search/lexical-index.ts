/** One word of a query, as the forms that count as finding it (its stem; for an Indonesian word, also its root and its English). */
export type QueryTerm = readonly string[];

/**
 * Word matching: a document scores the share of the query's words it contains, each word weighted
 * by how rare it is among the documents. A word no document contains weighs the most, so a query
 * about something no document covers ("weather tomorrow") matches nothing.
 */
export class LexicalIndex {
  readonly ids: readonly string[];
  readonly #forms: ReadonlySet<string>[];
  readonly #df = new Map<string, number>();

  constructor(docs: readonly { id: string; forms: Iterable<string> }[]) {
    this.ids = docs.map((d) => d.id);
    this.#forms = docs.map((d) => {
      const forms = new Set(d.forms);
      for (const f of forms) this.#df.set(f, (this.#df.get(f) ?? 0) + 1);
      return forms;
    });
  }

  #idf(df: number): number {
    const n = this.ids.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** How informative a term is: as its most specific form any document has, or the most when none has it. */
  weight(term: QueryTerm): number {
    const known = term.map((f) => this.#df.get(f) ?? 0).filter((df) => df > 0);
    return this.#idf(known.length ? Math.min(...known) : 0);
  }

  /** The share (0–1) of the query's weighted terms that some document contains: how much of the query is about what the documents cover. */
  known(terms: readonly QueryTerm[]): number {
    const weights = terms.map((t) => this.weight(t));
    const total = weights.reduce((s, w) => s + w, 0);
    const covered = terms.reduce((s, t, k) => s + (t.some((f) => this.#df.has(f)) ? weights[k]! : 0), 0);
    return total === 0 ? 0 : covered / total;
  }

  /** Each document's share (0–1) of the query's weighted terms it contains, by position. */
  coverage(terms: readonly QueryTerm[]): Float64Array {
    const weights = terms.map((t) => this.weight(t));
    const total = weights.reduce((s, w) => s + w, 0);
    const out = new Float64Array(this.ids.length);
    if (total === 0) return out;
    this.#forms.forEach((forms, i) => {
      let covered = 0;
      terms.forEach((t, k) => {
        if (t.some((f) => forms.has(f))) covered += weights[k]!;
      });
      out[i] = covered / total;
    });
    return out;
  }
}
