// Reprs of containers that may contain themselves: CPython's Py_ReprEnter/Py_ReprLeave keep the
// containers whose repr is in progress, and a container met again inside its own repr shows
// as "[...]" / "(...)" / "{...}". Exported for every container type (list, tuple, dict, set).

import { decref, incref, type PyObject, type PyValue } from '../../object.js';
import { repr } from '../../protocols/objects.js';

const inProgress: PyObject[] = [];

/** True when `o`'s repr is already being computed (the caller prints "..."); otherwise marks it. */
export function reprEnter(o: PyObject): boolean {
  for (let i = inProgress.length - 1; i >= 0; i--) if (inProgress[i] === o) return true;
  inProgress.push(o);
  return false;
}

/** Ends what a reprEnter that returned false began. */
export function reprLeave(o: PyObject): void {
  for (let i = inProgress.length - 1; i >= 0; i--) {
    if (inProgress[i] === o) {
      inProgress.splice(i, 1);
      return;
    }
  }
}

/**
 * The repr of a sequence's items between `open` and `close`, with recursion shown as
 * open + "..." + close. `items` is re-read on every step, since a repr may mutate the list.
 */
export function sequenceRepr(o: PyObject, items: () => readonly PyValue[], open: string, close: string, oneTrailingComma: boolean): string {
  if (items().length === 0) return open + close;
  if (reprEnter(o)) return `${open}...${close}`;
  try {
    let s = open;
    for (let i = 0; i < items().length; i++) {
      if (i > 0) s += ', ';
      const v = items()[i]!;
      incref(v); // the repr may drop the container's reference
      try {
        s += repr(v);
      } finally {
        decref(v);
      }
    }
    if (oneTrailingComma && items().length === 1) s += ',';
    return s + close;
  } finally {
    reprLeave(o);
  }
}
