// Parameter lists of `def` and `lambda`, built into CPython 3.11's `arguments` node.
//
// The grammar spells parameters out as many overlapping alternatives
// (slash_no_default, slash_with_default, param_no_default, param_with_default,
// param_maybe_default, star_etc, kwds, and a lambda_* copy of each). All of them
// accept the same language as one left-to-right scan with a small state machine:
// positional parameters (those before a '/' become positional-only), then an
// optional '*' or '*name', keyword-only parameters, and an optional '**name'
// last. A parameter without a default may not follow one with a default in the
// positional section; after the star, defaults are optional and a missing one is
// recorded as a null entry of kw_defaults. Each parameter ends with ',' or sits
// right before the closing token (')' for def, ':' for lambda). def parameters
// may carry annotations (`*args` may have a starred one, PEP 646) and a
// TYPE_COMMENT after their comma. Structural mistakes fail the alternative; the
// targeted messages of invalid_parameters / invalid_lambda_parameters belong in
// `invalidParameters` on the second pass.

import type { Arg, Arguments, Expr } from '../ast/nodes.js';
import { Tok } from '../tokenizer/tokens.js';
import type { Token } from '../tokenizer/lexer.js';
import type { Parser } from './parser-state.js';
import { expression, starExpression } from './expressions.js';
import { LEVEL_COST, STATEMENT_COST } from './nesting.js';
// H8: the second pass replays the parameter grammar with its invalid_* rules.
import { invalidLambdaParameters, invalidParameters } from './errors/invalid-parameters.js';

/** What differs between the `def` and the `lambda` flavour of the rules. */
interface Flavour {
  /** Token type that closes the list (looked at, never consumed). */
  readonly close: number;
  readonly annotations: boolean;
  readonly typeComments: boolean;
  /** pegen levels from the def statement or the lambda to a default's expression (nesting.ts). */
  readonly defaultFrames: number;
}

const DEF_FLAVOUR: Flavour = {
  close: Tok.RPAR, annotations: true, typeComments: true, defaultFrames: STATEMENT_COST.paramDefault,
};
const LAMBDA_FLAVOUR: Flavour = {
  close: Tok.COLON, annotations: false, typeComments: false, defaultFrames: LEVEL_COST.lambdaDefault,
};

/** The parts of an `arguments` node while it is being collected. */
class ParamsBuilder {
  posonlyargs: Arg[] = [];
  args: Arg[] = [];
  defaults: Expr[] = [];
  vararg: Arg | null = null;
  kwonlyargs: Arg[] = [];
  kw_defaults: (Expr | null)[] = [];
  kwarg: Arg | null = null;
  /** A '*' (bare or with a name) has been seen: later parameters are keyword-only. */
  starSeen = false;
  sawSlash = false;

  build(): Arguments {
    return {
      _type: 'arguments',
      posonlyargs: this.posonlyargs,
      args: this.args,
      vararg: this.vararg,
      kwonlyargs: this.kwonlyargs,
      kw_defaults: this.kw_defaults,
      kwarg: this.kwarg,
      defaults: this.defaults,
    };
  }
}

/** The `arguments` node of `def f():` / `lambda: x` (CPython's _PyPegen_empty_arguments). */
export function emptyArguments(): Arguments {
  return new ParamsBuilder().build();
}

// params: invalid_parameters | parameters    (the tokens between '(' and ')')
export function params(p: Parser): Arguments {
  if (p.callInvalidRules) invalidParameters(p);
  return parameterList(p, DEF_FLAVOUR);
}

// lambda_params: invalid_lambda_parameters | lambda_parameters    (the tokens between 'lambda' and ':')
export function lambdaParams(p: Parser): Arguments {
  if (p.callInvalidRules) invalidLambdaParameters(p);
  return parameterList(p, LAMBDA_FLAVOUR);
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
/** Scans a non-empty parameter list up to (not including) the flavour's closing token. */
function parameterList(p: Parser, fl: Flavour): Arguments {
  const b = new ParamsBuilder();
  if (p.at(fl.close)) p.fail(); // the caller's [params] is optional: empty is "no match"
  while (!p.at(fl.close)) {
    if (b.kwarg !== null) p.fail(); // kwds is always last
    const tok = p.peek();
    if (tok.type === Tok.SLASH) slash(p, b, fl);
    else if (tok.type === Tok.STAR) star(p, b, fl);
    else if (tok.type === Tok.DOUBLESTAR) kwds(p, b, fl);
    else plainParam(p, b, fl);
  }
  return b.build();
}

// slash_no_default / slash_with_default: ... '/' (',' | &close)
function slash(p: Parser, b: ParamsBuilder, fl: Flavour): void {
  if (b.sawSlash || b.starSeen || b.args.length === 0) p.fail();
  p.advance();
  b.sawSlash = true;
  b.posonlyargs = b.args;
  b.args = [];
  endOfParam(p, fl, false);
}

// star_etc:
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//     | '*' ',' param_maybe_default+ [kwds]
function star(p: Parser, b: ParamsBuilder, fl: Flavour): void {
  if (b.starSeen) p.fail();
  p.advance();
  b.starSeen = true;
  if (p.accept(Tok.COMMA) !== null) {
    // A bare '*' must be followed by at least one keyword-only parameter.
    if (!p.atName()) p.fail();
    return;
  }
  const a = param(p, fl, true);
  b.vararg = a;
  if (p.at(Tok.EQUAL)) p.fail(); // '*args=1' (invalid_star_etc on the second pass)
  const tc = endOfParam(p, fl, true);
  if (tc !== null) a.type_comment = tc;
}

// kwds: '**' param_no_default
function kwds(p: Parser, b: ParamsBuilder, fl: Flavour): void {
  p.advance();
  const a = param(p, fl, false);
  if (p.at(Tok.EQUAL)) p.fail(); // '**kw=1' (invalid_kwds on the second pass)
  const tc = endOfParam(p, fl, true);
  if (tc !== null) a.type_comment = tc;
  b.kwarg = a;
}

// param_no_default | param_with_default | param_maybe_default (after the star)
function plainParam(p: Parser, b: ParamsBuilder, fl: Flavour): void {
  const a = param(p, fl, false);
  const dflt = p.accept(Tok.EQUAL) !== null ? paramDefault(p, fl) : null;
  const tc = endOfParam(p, fl, true);
  if (tc !== null) a.type_comment = tc;
  if (b.starSeen) {
    b.kwonlyargs.push(a);
    b.kw_defaults.push(dflt);
  } else {
    // Once a positional parameter has a default, every later one needs one too.
    if (dflt === null && b.defaults.length > 0) p.fail();
    b.args.push(a);
    if (dflt !== null) b.defaults.push(dflt);
  }
}

// default: '=' expression
function paramDefault(p: Parser, fl: Flavour): Expr {
  p.nest(fl.defaultFrames);
  const value = expression(p);
  p.level -= fl.defaultFrames;
  return value;
}

// param: NAME annotation?                     annotation: ':' expression
// param_star_annotation: NAME star_annotation star_annotation: ':' star_expression
// lambda_param: NAME
function param(p: Parser, fl: Flavour, starAnnotation: boolean): Arg {
  const name = p.expectName();
  let annotation: Expr | null = null;
  if (fl.annotations && p.accept(Tok.COLON) !== null) {
    p.nest(STATEMENT_COST.paramAnnotation);
    annotation = starAnnotation ? starExpression(p) : expression(p);
    p.level -= STATEMENT_COST.paramAnnotation;
  }
  return makeArg(p, name, annotation);
}

/**
 * The end of one parameter: `',' TYPE_COMMENT?` or `TYPE_COMMENT? &close`.
 * Returns the type comment's text when the flavour allows one and it is there.
 */
function endOfParam(p: Parser, fl: Flavour, allowTypeComment: boolean): string | null {
  const comma = p.accept(Tok.COMMA) !== null;
  let tc: Token | null = null;
  if (allowTypeComment && fl.typeComments) tc = p.accept(Tok.TYPE_COMMENT);
  if (!comma && !p.at(fl.close)) p.fail();
  return tc === null ? null : tc.string;
}

/** An `arg` node spanning the NAME to the last token consumed (the annotation's end). */
function makeArg(p: Parser, name: Token, annotation: Expr | null): Arg {
  const last = p.lastTok();
  return {
    _type: 'arg',
    arg: p.identifier(name),
    annotation,
    type_comment: null,
    lineno: name.lineno,
    col_offset: name.col_offset,
    end_lineno: last.end_lineno,
    end_col_offset: last.end_col_offset,
  };
}
