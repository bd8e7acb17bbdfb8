// The people module's public face for other modules.

export { getCv, replaceCv } from './cv.ts';
export { createPerson, findDuplicates, getPerson, updatePerson } from './records.ts';
export { listSpecialRecords, putSpecialRecord } from './special.ts';
