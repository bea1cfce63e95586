// The xlsx side of src/render — import it dynamically in the commands that write reports:
//   const { writeXlsx } = await import('../../../render/xlsx/index.js');
export { MONEY_FORMAT, DATE_FORMAT, HEADER_ROW, type XlsxResult } from './writer.js';
export { writeXlsx } from './threaded.js';
