// The stdlib corpus through `ast -a` (see stdlib-suite.ts).
import { corpusSuite } from './stdlib-suite.js';

corpusSuite('ast', ['ast']);
