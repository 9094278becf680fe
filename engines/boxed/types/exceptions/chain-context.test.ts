// Implicit chaining must cut a chain leading back to the new exception and must stop on a cycle
// that is already in the handled exception's chain (CPython hangs on neither).
import { expect, it } from 'vitest';
import { PyBaseException, ValueError, KeyError, TypeError } from '../exceptions.js';
import { PyTuple } from '../sequences.js';
import { None } from '../singletons.js';
import { chainContextTo } from './chain-context.js';

const exc = (t: typeof ValueError): PyBaseException => new PyBaseException(t, new PyTuple([]));

it('sets the context to the handled exception', () => {
  const handled = exc(ValueError);
  const raised = exc(TypeError);
  chainContextTo(raised, handled);
  expect(raised.context).toBe(handled);
  chainContextTo(raised, None);
  expect(raised.context).toBe(handled);
});

it('cuts the link that would make a cycle through the new exception', () => {
  const raised = exc(TypeError);
  const handled = exc(ValueError);
  handled.context = raised;
  raised.ob_refcnt++;
  chainContextTo(raised, handled);
  expect(raised.context).toBe(handled);
  expect(handled.context).toBe(null);
});

it('terminates on a cycle already in the chain', () => {
  const a = exc(ValueError);
  const b = exc(KeyError);
  a.context = b;
  b.context = a;
  const raised = exc(TypeError);
  chainContextTo(raised, a);
  expect(raised.context).toBe(a);
  expect(a.context).toBe(b);
});
