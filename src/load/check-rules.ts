/**
 * The functions that parse and check rule files against the rule format's schemas: everything that
 * needs zod. The evaluation path never imports this module directly; it asks `checking.ts` for it,
 * so that under Node it is loaded only when rules are actually checked (see `checking.node.ts`).
 */
export { buildCatalog } from '../ruleset/catalog.js';
export { buildTariffCatalog } from '../parameters/load.js';
export { makeBundles } from '../bundles/make-bundles.js';
