import type { FactType } from '../schema/fact.js';

/**
 * The order of the fact types when two readings of one stretch of text tie on priority and
 * length (overlaps.ts): the first wins. The registry runs the rules in this order too.
 */
export const TYPE_PRIORITY: readonly FactType[] = ['date', 'money', 'measure', 'growth', 'percent', 'count'];

/** The rank of a type in TYPE_PRIORITY: lower wins a tie between overlapping candidates. */
export const typeRank = (type: FactType): number => TYPE_PRIORITY.indexOf(type);
