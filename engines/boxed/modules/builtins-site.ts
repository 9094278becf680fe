// The names the site module adds to builtins at start-up: exit and quit (Quitter objects that
// raise SystemExit), help, copyright, credits and license (printers whose repr is their text).

import { PyObject, type PyValue } from '../object.js';
import { builtinType } from '../builtin-types.js';
import { defineAttribute, defineMethods } from '../define.js';
import { checkPositional } from '../args.js';
import { intern, newStr } from '../strings.js';
import { None } from '../types/singletons.js';
import { PyTuple } from '../types/sequences.js';
import { PyBaseException, SystemExit } from '../types/exceptions.js';
import { interp } from '../interpreter-state.js';
import { call } from '../protocols/call.js';
import { getAttrOrUndefined } from '../protocols/attributes.js';
import { decref } from '../object.js';

const quitterType = builtinType('Quitter', { subclassable: false });
const printerType = builtinType('_Printer', { subclassable: false });
const helperType = builtinType('_Helper', { subclassable: false });

class PySiteObject extends PyObject {
  constructor(type: typeof quitterType, readonly text: string) {
    super(type);
  }
}

const text = (self: PyValue): string => (self as PySiteObject).text;

export function installSiteTypes(): void {
  for (const t of [quitterType, printerType, helperType]) defineAttribute(t, '__module__', intern('_sitebuiltins'));
  defineMethods(quitterType, {
    __repr__: (self) => newStr(text(self)),
    __call__(_self, args, kw) {
      checkPositional('__call__', args, kw, 0, 1);
      // site's Quitter closes sys.stdin first, ignoring errors.
      const stdin = interp.sys?.ns.getStr('stdin');
      if (stdin !== undefined && stdin !== None) {
        try {
          const close = getAttrOrUndefined(stdin, 'close');
          if (close !== undefined) {
            decref(call(close, []));
            decref(close);
          }
        } catch {
          // ignored, as site.py does
        }
      }
      const code = args.length ? args[0]! : None;
      if (typeof code !== 'number') code.ob_refcnt++;
      throw new PyBaseException(SystemExit, new PyTuple(args.length ? [code] : []));
    },
  });
  defineMethods(printerType, { __repr__: (self) => newStr(text(self)), __call__: () => None });
  defineMethods(helperType, { __repr__: (self) => newStr(text(self)), __call__: () => None });
}

/** The site names with their objects. */
export function siteValues(): [string, PyValue][] {
  const eof = 'Ctrl-D (i.e. EOF)';
  return [
    ['exit', new PySiteObject(quitterType, `Use exit() or ${eof} to exit`)],
    ['quit', new PySiteObject(quitterType, `Use quit() or ${eof} to exit`)],
    ['copyright', new PySiteObject(printerType, 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.')],
    ['credits', new PySiteObject(printerType, '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.')],
    ['license', new PySiteObject(printerType, 'Type license() to see the full license text')],
    ['help', new PySiteObject(helperType, 'Type help() for interactive help, or help(object) for help about object.')],
  ];
}
