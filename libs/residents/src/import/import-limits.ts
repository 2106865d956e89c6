/** Data rows a file may hold (district-scale census files; the importer writes them in bulk). */
export const MAX_IMPORT_ROWS = 50_000;

/**
 * The API's JSON body limit (`useBodyParser('json', { limit: '3mb' })` in apps/api/src/runtime/create-app.ts):
 * the file travels inside it as base64, so that limit, not the row count, bounds a file.
 */
export const REQUEST_BODY_LIMIT_BYTES = 3 * 1024 * 1024;
/** Room in the body for the mutation's text, the other arguments and the JSON around them. */
const BODY_ROOM_BYTES = 16 * 1024;
/** The longest `contentBase64` that fits the body: 3,129,344 characters. */
export const MAX_IMPORT_BASE64_CHARS = REQUEST_BODY_LIMIT_BYTES - BODY_ROOM_BYTES;
/**
 * The largest file: 2,347,008 bytes (2.24 MB). An XLSX of all nine columns (phone numbers included) holds
 * about 49,000 rows in that, a CSV of the same about 33,000; files of the four required columns more.
 */
export const MAX_IMPORT_BYTES = Math.floor((MAX_IMPORT_BASE64_CHARS * 3) / 4);

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

/** The limits as the schema describes them: “不超过 2.24 MB、50000 行”. */
export const IMPORT_LIMITS_TEXT = `不超过 ${mb(MAX_IMPORT_BYTES)} MB、${MAX_IMPORT_ROWS} 行`;
