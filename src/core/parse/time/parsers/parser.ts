import type { TimeContext } from '../../schedule';
import type { Component } from '../components';
import { scanFlags } from '../scan';

/**
 * Stage 2: parsers. Each recognises one form in the folded text (../text.ts) and gives components with
 * their spans; they may overlap — the refiners keep the longest (chrono's design: a parser is a pattern
 * and an `extract` of one match; the pipeline runs the matching).
 *
 * Speed matters (every row of large tables): every regular expression is compiled once, in the parser's
 * module; each starts with literal text or a digit (no leading look-behind or optional group, which would
 * make the engine try every position); look-behind conditions are checked in code on the match (in
 * `extract`); and a parser runs only when the flags of the quick scan (../scan.ts) say its form can occur.
 */

/** A parser of one form. */
export interface Parser {
  name: string;
  /** HAS_… flags of ../scan.ts that must all be set for the form to occur (0: always run). */
  needs: number;
  /** The form, compiled once, with the global flag ('g'); `runParsers` runs it over the whole text. */
  pattern: RegExp;
  /**
   * The component of one match of `pattern` in `text`, or null when the match is no such form (a check the
   * pattern cannot make: the character before it, a valid date, a plausible year …). Matching goes on after
   * the end of the match either way. A parser whose form holds a list (quarters, periods) runs its own
   * inner loop over the list here.
   */
  extract(match: RegExpExecArray, text: string, ctx: TimeContext): Component | null;
}

/**
 * Run `parsers` on folded `text` (only those whose needs the quick scan meets) and append what they find
 * to `out`: parser by parser, each in the order of its matches.
 */
export function runParsers(parsers: readonly Parser[], text: string, ctx: TimeContext, out: Component[]): void {
  const flags = scanFlags(text);
  for (let i = 0; i < parsers.length; i++) {
    const parser = parsers[i]!;
    if ((flags & parser.needs) !== parser.needs) continue;
    const re = parser.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++; // no pattern matches empty text today; never loop on one that does
      const component = parser.extract(m, text, ctx);
      if (component !== null) out.push(component);
    }
  }
}
