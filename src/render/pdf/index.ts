// The PDF side of src/render — the only API procedures call for printing
// (templates/forms/README.md "The TypeScript API"). Import it dynamically:
//   const { renderForm, renderBatch } = await import('../../../render/pdf/index.js');
export {
  renderForm,
  renderDocument,
  baseModel,
  type RenderOptions,
  type RenderConfig,
  type DocItem,
} from './render.js';
export { renderBatch, writeIfChanged, type BatchItem, type BatchOptions, type BatchResult } from './batch.js';
export { drawBarChart, type Bar, type Box } from './chart.js';
export { fontSet, newDoc, finish, wrap, textWidth, PAGE, CONTENT_WIDTH } from './canvas.js';
export { FormDrawer } from './form.js';
