// The regex kernel: Python regular expressions (re module syntax and semantics) on JS RegExp.
// parse.ts reads Python's syntax with its errors, translate.ts writes a JS 'v'-mode RegExp
// source, compiled.ts runs it (match/search/fullmatch, CPython's scanning rules), template.ts
// reads re.sub replacement templates.

export { CompiledRegex, Scan, MODE_MATCH, MODE_SEARCH, MODE_FULLMATCH } from './compiled.js';
export { parseTemplate, type TemplatePart } from './template.js';
export { RegexError } from './regex-error.js';
export * from './regex-error.js';
export { RegexUnsupported } from './translate.js';
