// The `invalid_*` rules of parameter lists, for `def` and for `lambda`.
//
// The statement parser scans parameters with a state machine (parameters.ts),
// which has no place for the grammar's nested invalid rules (invalid_default
// inside `default`, invalid_star_etc inside `star_etc`, invalid_kwds inside
// `kwds`). So on the second pass this module replays the grammar itself, rule
// for rule and in PEG order: first invalid_parameters, then `parameters` with
// its nested invalid rules. Whatever matches first raises; if nothing does,
// the state machine takes over. The `def` and `lambda` copies of the rules
// differ only in what closes the list, annotations and type comments, so one
// set of functions serves both, steered by a Flavour.

import { Tok } from '../../tokenizer/tokens.js';
import { expression, starExpression } from '../expressions.js';
import type { Parser } from '../parser-state.js';
import { message } from './messages.js';
import { ahead, atAny, gather, hook, many, many1, opt } from './pass-state.js';
import { raiseAtLastToken, raiseKnownLocation, raiseKnownRange } from './raise.js';

interface Flavour {
  readonly name: string;
  /** The token after the last parameter: ')' for def, ':' for lambda. */
  readonly close: number;
  readonly annotations: boolean;
  readonly typeComments: boolean;
  readonly parenthesizedMessage: 'parametersParenthesized' | 'lambdaParametersParenthesized';
}

const DEF: Flavour = {
  name: 'params', close: Tok.RPAR, annotations: true, typeComments: true,
  parenthesizedMessage: 'parametersParenthesized',
};
const LAMBDA: Flavour = {
  name: 'lambda_params', close: Tok.COLON, annotations: false, typeComments: false,
  parenthesizedMessage: 'lambdaParametersParenthesized',
};

/** params: invalid_parameters | parameters — called between '(' and ')'. */
export function invalidParameters(p: Parser): void {
  hook(p, DEF.name, (p) => replay(p, DEF));
}

/** lambda_params: invalid_lambda_parameters | lambda_parameters — called after 'lambda'. */
export function invalidLambdaParameters(p: Parser): void {
  hook(p, LAMBDA.name, (p) => replay(p, LAMBDA));
}

function replay(p: Parser, fl: Flavour): void {
  const m = p.pos;
  p.attempt((p) => invalidParametersRule(p, fl));
  p.pos = m;
  parameters(p, fl);
}

// ---------------------------------------------------------------------------
// One parameter.

// param: NAME annotation?          lambda_param: NAME
function param(p: Parser, fl: Flavour): void {
  p.expectName();
  if (fl.annotations && p.accept(Tok.COLON) !== null) expression(p);
}

// param_star_annotation: NAME star_annotation       star_annotation: ':' star_expression
function paramStarAnnotation(p: Parser, fl: Flavour): void {
  if (!fl.annotations) p.fail();
  p.expectName();
  p.expect(Tok.COLON);
  starExpression(p);
}

// default: '=' expression | invalid_default
// invalid_default: a='=' &(')'|',')
function defaultValue(p: Parser): void {
  const eq = p.expect(Tok.EQUAL);
  const m = p.pos;
  if (opt(p, expression) !== null) return;
  p.pos = m;
  if (atAny(p, Tok.RPAR, Tok.COMMA)) raiseKnownLocation(p, message('expectedDefault'), eq);
  p.fail();
}

/** The end of a parameter: ',' TYPE_COMMENT? | TYPE_COMMENT? &close. */
function paramEnd(p: Parser, fl: Flavour): void {
  if (p.accept(Tok.COMMA) !== null) {
    if (fl.typeComments) p.accept(Tok.TYPE_COMMENT);
    return;
  }
  if (fl.typeComments) p.accept(Tok.TYPE_COMMENT);
  if (!p.at(fl.close)) p.fail();
}

// param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'
function paramNoDefault(p: Parser, fl: Flavour): void {
  param(p, fl);
  paramEnd(p, fl);
}

// param_no_default_star_annotation: param_star_annotation (',' TYPE_COMMENT? | TYPE_COMMENT? &')')
function paramNoDefaultStarAnnotation(p: Parser, fl: Flavour): void {
  paramStarAnnotation(p, fl);
  paramEnd(p, fl);
}

// param_with_default: param default (',' TYPE_COMMENT? | TYPE_COMMENT? &')')
function paramWithDefault(p: Parser, fl: Flavour): void {
  param(p, fl);
  defaultValue(p);
  paramEnd(p, fl);
}

// param_maybe_default: param default? (',' TYPE_COMMENT? | TYPE_COMMENT? &')')
function paramMaybeDefault(p: Parser, fl: Flavour): void {
  param(p, fl);
  if (p.at(Tok.EQUAL)) opt(p, defaultValue);
  paramEnd(p, fl);
}

// ---------------------------------------------------------------------------
// The valid rules, replayed for their nested invalid rules.

// slash_no_default: param_no_default+ '/' (',' | &')')
function slashNoDefault(p: Parser, fl: Flavour): void {
  many1(p, (p) => paramNoDefault(p, fl));
  slashEnd(p, fl);
}

// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
function slashWithDefault(p: Parser, fl: Flavour): void {
  many(p, (p) => paramNoDefault(p, fl));
  many1(p, (p) => paramWithDefault(p, fl));
  slashEnd(p, fl);
}

function slashEnd(p: Parser, fl: Flavour): void {
  p.expect(Tok.SLASH);
  if (p.accept(Tok.COMMA) === null && !p.at(fl.close)) p.fail();
}

// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
function parameters(p: Parser, fl: Flavour): void {
  const alternatives: ((p: Parser) => void)[] = [
    (p) => {
      slashNoDefault(p, fl);
      many(p, (p) => paramNoDefault(p, fl));
      many(p, (p) => paramWithDefault(p, fl));
      opt(p, (p) => starEtc(p, fl));
    },
    (p) => {
      slashWithDefault(p, fl);
      many(p, (p) => paramWithDefault(p, fl));
      opt(p, (p) => starEtc(p, fl));
    },
    (p) => {
      many1(p, (p) => paramNoDefault(p, fl));
      many(p, (p) => paramWithDefault(p, fl));
      opt(p, (p) => starEtc(p, fl));
    },
    (p) => {
      many1(p, (p) => paramWithDefault(p, fl));
      opt(p, (p) => starEtc(p, fl));
    },
    (p) => starEtc(p, fl),
  ];
  const m = p.pos;
  for (const alt of alternatives) {
    p.pos = m;
    if (p.attempt(alt) !== null) return;
  }
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
function starEtc(p: Parser, fl: Flavour): void {
  const m = p.pos;
  p.attempt((p) => invalidStarEtc(p, fl));
  p.pos = m;
  if (p.accept(Tok.STAR) !== null) {
    const afterStar = p.pos;
    const first = [paramNoDefault, paramNoDefaultStarAnnotation];
    for (const head of first) {
      p.pos = afterStar;
      if (opt(p, (p) => head(p, fl)) !== null) {
        many(p, (p) => paramMaybeDefault(p, fl));
        opt(p, (p) => kwds(p, fl));
        return;
      }
    }
    p.pos = afterStar;
    if (p.accept(Tok.COMMA) !== null && opt(p, (p) => many1(p, (p) => paramMaybeDefault(p, fl))) !== null) {
      opt(p, (p) => kwds(p, fl));
      return;
    }
    p.pos = m;
  }
  kwds(p, fl);
}

// kwds: invalid_kwds | '**' param_no_default
function kwds(p: Parser, fl: Flavour): void {
  const m = p.pos;
  p.attempt((p) => invalidKwds(p, fl));
  p.pos = m;
  p.expect(Tok.DOUBLESTAR);
  paramNoDefault(p, fl);
}

// ---------------------------------------------------------------------------
// The invalid rules.

// invalid_parameters:
//     | param_no_default* invalid_parameters_helper a=param_no_default
//     | param_no_default* a='(' param_no_default+ ','? b=')'
//     | a="/" ','
//     | (slash_no_default | slash_with_default) param_maybe_default* a='/'
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
//     | param_maybe_default+ '/' a='*'
// (invalid_lambda_parameters: the same, with `','.lambda_param+` inside the parentheses)
function invalidParametersRule(p: Parser, fl: Flavour): void {
  const m = p.pos;
  many(p, (p) => paramNoDefault(p, fl));
  if (opt(p, (p) => invalidParametersHelper(p, fl)) !== null) {
    const a = p.peek();
    if (opt(p, (p) => paramNoDefault(p, fl)) !== null) raiseKnownLocation(p, message('nonDefaultAfterDefault'), a);
  }
  p.pos = m;
  many(p, (p) => paramNoDefault(p, fl));
  const open = p.accept(Tok.LPAR);
  if (open !== null && opt(p, (p) => parenthesizedParams(p, fl)) !== null) {
    p.accept(Tok.COMMA);
    const close = p.accept(Tok.RPAR);
    if (close !== null) raiseKnownRange(p, message(fl.parenthesizedMessage), open, close);
  }
  p.pos = m;
  const slash = p.accept(Tok.SLASH);
  if (slash !== null && p.at(Tok.COMMA)) raiseKnownLocation(p, message('slashFirst'), slash);
  p.pos = m;
  if (opt(p, (p) => anySlash(p, fl)) !== null) {
    many(p, (p) => paramMaybeDefault(p, fl));
    if (p.at(Tok.SLASH)) raiseKnownLocation(p, message('slashTwice'), p.peek());
  }
  p.pos = m;
  opt(p, (p) => anySlash(p, fl));
  many(p, (p) => paramMaybeDefault(p, fl));
  if (p.accept(Tok.STAR) !== null && opt(p, (p) => commaOrParamNoDefault(p, fl)) !== null) {
    many(p, (p) => paramMaybeDefault(p, fl));
    if (p.at(Tok.SLASH)) raiseKnownLocation(p, message('slashAfterStar'), p.peek());
  }
  p.pos = m;
  many1(p, (p) => paramMaybeDefault(p, fl));
  p.expect(Tok.SLASH);
  if (p.at(Tok.STAR)) raiseKnownLocation(p, message('commaBetweenSlashAndStar'), p.peek());
}

/** param_no_default+ (def) or ','.lambda_param+ (lambda), inside the parentheses. */
function parenthesizedParams(p: Parser, fl: Flavour): void {
  if (fl.close === Tok.RPAR) many1(p, (p) => paramNoDefault(p, fl));
  else gather(p, (p) => param(p, fl));
}

/** slash_no_default | slash_with_default */
function anySlash(p: Parser, fl: Flavour): void {
  const m = p.pos;
  if (opt(p, (p) => slashNoDefault(p, fl)) !== null) return;
  p.pos = m;
  slashWithDefault(p, fl);
}

/** ',' | param_no_default */
function commaOrParamNoDefault(p: Parser, fl: Flavour): void {
  if (p.accept(Tok.COMMA) !== null) return;
  paramNoDefault(p, fl);
}

// invalid_parameters_helper: slash_with_default | param_with_default+
function invalidParametersHelper(p: Parser, fl: Flavour): void {
  const m = p.pos;
  if (opt(p, (p) => slashWithDefault(p, fl)) !== null) return;
  p.pos = m;
  many1(p, (p) => paramWithDefault(p, fl));
}

// invalid_star_etc:
//     | a='*' (')' | ',' (')' | '**'))
//     | '*' ',' TYPE_COMMENT
//     | '*' param a='='
//     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
// invalid_lambda_star_etc: '*' (':' | ',' (':' | '**')) raises at the last token; no type comment.
function invalidStarEtc(p: Parser, fl: Flavour): void {
  const m = p.pos;
  const star = p.expect(Tok.STAR);
  if (p.at(fl.close) || (p.accept(Tok.COMMA) !== null && atAny(p, fl.close, Tok.DOUBLESTAR))) {
    if (fl.close === Tok.RPAR) raiseKnownLocation(p, message('bareStar'), star);
    raiseAtLastToken(p, message('bareStar'));
  }
  p.pos = m + 1;
  if (fl.typeComments && p.accept(Tok.COMMA) !== null && p.at(Tok.TYPE_COMMENT)) {
    raiseAtLastToken(p, message('bareStarTypeComment'));
  }
  p.pos = m + 1;
  if (opt(p, (p) => param(p, fl)) !== null && p.at(Tok.EQUAL)) {
    raiseKnownLocation(p, message('varPositionalDefault'), p.peek());
  }
  p.pos = m + 1;
  commaOrParamNoDefault(p, fl);
  many(p, (p) => paramMaybeDefault(p, fl));
  const again = p.expect(Tok.STAR);
  if (ahead(p, (p) => commaOrParamNoDefault(p, fl))) raiseKnownLocation(p, message('starTwice'), again);
}

// invalid_kwds:
//     | '**' param a='='
//     | '**' param ',' a=param
//     | '**' param ',' a[Token*]=('*'|'**'|'/')
function invalidKwds(p: Parser, fl: Flavour): void {
  p.expect(Tok.DOUBLESTAR);
  param(p, fl);
  if (p.at(Tok.EQUAL)) raiseKnownLocation(p, message('varKeywordDefault'), p.peek());
  p.expect(Tok.COMMA);
  const a = p.peek();
  if (a.type === Tok.STAR || a.type === Tok.DOUBLESTAR || a.type === Tok.SLASH) {
    raiseKnownLocation(p, message('afterVarKeyword'), a);
  }
  const m = p.pos;
  param(p, fl);
  const e = p.lastTok();
  p.pos = m;
  raiseKnownRange(p, message('afterVarKeyword'), a, e);
}
