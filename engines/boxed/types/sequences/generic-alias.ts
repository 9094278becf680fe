// The sequence types' view of the shared types.GenericAlias (../generic-alias.ts).
export { genericAliasType, genericAlias, installGenericAlias } from '../generic-alias.js';
