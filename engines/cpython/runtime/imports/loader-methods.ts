// The Python-visible methods of the file loaders (SourceFileLoader, SourcelessFileLoader): what
// importlib.util.module_from_spec and `spec.loader.exec_module(module)` call when a program loads a
// file by path (importlib.util.spec_from_file_location).

import { accessSync, constants } from 'node:fs';
import { decref, type PyValue } from '../../../boxed/object.js';
import { raise } from '../../../boxed/errors.js';
import { checkPositional } from '../../../boxed/args.js';
import { defineMethods } from '../../../boxed/define.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { PyStr } from '../../../boxed/types/str.js';
import { None } from '../../../boxed/types/singletons.js';
import { False, True } from '../../../boxed/types/numbers.js';
import { newStr } from '../../../boxed/strings.js';
import { ImportError } from '../../../boxed/types/exceptions.js';
import { getAttr, getAttrOrUndefined } from '../../../boxed/protocols/attributes.js';
import { osError } from '../../../boxed/modules/builtins-files.js';
import { codeOfFile, execCodeIn } from './loader.js';
import { sourceFileLoaderType, sourcelessFileLoaderType } from './module-spec.js';

/** The loader's `path` attribute (its file). */
function loaderPath(self: PyValue): string {
  const p = getAttrOrUndefined(self, 'path');
  if (p === undefined) raise(ImportError, 'loader has no path');
  const value = p instanceof PyStr ? p.value : null;
  decref(p);
  if (value === null) raise(ImportError, 'loader path must be a str');
  return value;
}

export function installLoaderMethods(): void {
  for (const type of [sourceFileLoaderType, sourcelessFileLoaderType]) {
    const kind = type === sourceFileLoaderType ? 'source' : 'sourceless';
    defineMethods(type, {
      /** create_module(spec) -> None: the default module object is made by module_from_spec. */
      create_module(_self, args, kw) {
        checkPositional('create_module', args, kw, 1);
        return None;
      },
      /** exec_module(module): runs the file's code in the module's namespace. */
      exec_module(self, args, kw) {
        checkPositional('exec_module', args, kw, 1);
        const ns = getAttr(args[0]!, '__dict__');
        try {
          if (!(ns instanceof PyDict)) raise(ImportError, 'module.__dict__ is not a dict');
          const path = loaderPath(self);
          // get_data's OSError (FileNotFoundError for a file that is not there), not the import statement's ImportError.
          try {
            accessSync(path, constants.R_OK);
          } catch (e) {
            const name = newStr(path);
            try { throw osError(e, name); } finally { decref(name); }
          }
          execCodeIn(codeOfFile(path, kind), ns);
        } finally {
          decref(ns);
        }
        return None;
      },
      /** get_filename(name=None) -> the file this loader reads. */
      get_filename(self) {
        return newStr(loaderPath(self));
      },
      /** is_package(name) -> True for a package's __init__ file. */
      is_package(self) {
        const file = loaderPath(self);
        const base = file.slice(file.lastIndexOf('/') + 1);
        return base.split('.')[0] === '__init__' ? True : False;
      },
    });
  }
}
