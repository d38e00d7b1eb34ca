/**
 * Key for matching a supplier or manager across tables: "Acme  BV" and "acme bv"
 * are the same party; users rarely mean two parties by a case difference. The same
 * key input/ uses to unify names, so analysis groups exactly what parsing unified.
 */
export { nameKey } from '../input/parse';
