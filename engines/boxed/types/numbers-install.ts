// Installs int, bool, float and complex: constructors, operators, methods (numbers helper).
// Each type lives in types/numbers/; None, NotImplemented and Ellipsis come with bool.

import { defineAttribute, defineStatic } from '../define.js';
import { boolType, complexType, floatType, intType } from '../builtin-types.js';
import { newStr } from '../strings.js';
import { BOOL_DOC, COMPLEX_DOC, FLOAT_DOC, INT_DOC } from './numbers/type-docs.js';
import { installIntType } from './numbers/int-type.js';
import { intNew } from './numbers/int-new.js';
import { installFloatType } from './numbers/float-type.js';
import { installComplexType } from './numbers/complex-type.js';
import { installBoolAndSingletons } from './numbers/bool-type.js';

export function installNumberTypes(): void {
  defineStatic(intType, '__new__', intNew);
  installIntType();
  installFloatType();
  installComplexType();
  installBoolAndSingletons();
  defineAttribute(intType, '__doc__', newStr(INT_DOC));
  defineAttribute(boolType, '__doc__', newStr(BOOL_DOC));
  defineAttribute(floatType, '__doc__', newStr(FLOAT_DOC));
  defineAttribute(complexType, '__doc__', newStr(COMPLEX_DOC));
}
