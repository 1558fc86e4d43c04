// The only import surface of the koppelingen module.
export * from './schema.ts';
export { koppelingPages } from './pages/routes.tsx';
export { werkbankPages } from './werkbank/routes.tsx';
export { koppelingenApi } from './api/routes.ts';
