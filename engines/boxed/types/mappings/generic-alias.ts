// The mapping types' view of the shared types.GenericAlias (../generic-alias.ts).
export { genericAliasType, PyGenericAlias, makeGenericAlias, classGetItemOf, installGenericAlias } from '../generic-alias.js';
