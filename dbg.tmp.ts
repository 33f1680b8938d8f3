import { createEvaluator } from './src/node.js';
const e = createEvaluator();
const d = await e.evaluate('dz-hba1c', { recommenderRole: 'family-medicine', recommenderDesignatedByCas: false }, { asOf: '2019-05-02' });
console.log(d.outcome, JSON.stringify((d as any).completion), Object.entries(d.criteria).map(([k,v]:any)=>k+':'+v.status).join(' '));
