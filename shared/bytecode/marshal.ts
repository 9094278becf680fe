// CPython 3.11's marshal format (version 4): the serialisation of constants and
// code objects inside .pyc files and behind `marshal.dumps`/`marshal.loads`.
// This is its public entry point; the work is split by direction:
// marshal/format.ts (type bytes, FLAG_REF, the wrapper types for list, dict,
// set and StopIteration), marshal/read.ts (marshalLoads) and marshal/write.ts
// (marshalDumps, with marshal-refs.ts deciding which values it flags for
// back-references). Values map onto the front end's constants (PyConstant in
// shared/ast/nodes.ts) and CodeObject (code.ts).

export {
  FLAG_REF, MARSHAL_VERSION, MarshalError, MarshalType, type MarshalValue, PyDict, PyList, PySet, STOP_ITERATION,
} from './marshal/format.js';
export { decodeUtf8Surrogatepass, marshalLoads } from './marshal/read.js';
export { encodeUtf8Surrogatepass, marshalDumps, type MarshalWriteOptions } from './marshal/write.js';
