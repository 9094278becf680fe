// The stdlib corpus through `tokenize` and `tokenize -e` (see stdlib-suite.ts).
import { corpusSuite } from './stdlib-suite.js';

corpusSuite('tokenize', ['tokenize', 'tokenize-e']);
