/**
 * What SharePoint refuses, in one place: request and query limits, field lengths and forbidden characters.
 * The numbers, and which of them are SharePoint's documented values or the emulator's stricter choices, are listed in
 * emulator/README.md ("Limits").
 */

/** Requests in one `$batch`, change-set parts included (SharePoint Online: 100). */
export const MAX_BATCH_REQUESTS = 100;
/** Nesting of parentheses (grouping and function calls) in one `$filter` (the emulator's choice). */
export const MAX_FILTER_DEPTH = 20;
/** Conditions (comparisons and functions joined by and/or) in one `$filter` (the emulator's choice). */
export const MAX_FILTER_CONDITIONS = 100;
/** Fields in one `$orderby` (the emulator's choice; SharePoint's limit is not documented). */
export const MAX_ORDER_KEYS = 16;
/** Characters in a plain multiple-lines-of-text value (SharePoint: 63,999 when not rich text). */
export const MAX_NOTE_LENGTH = 63999;
/** Characters in a hyperlink field's URL and in its description (SharePoint: 255). */
export const MAX_URL_LENGTH = 255;

/** Characters in a list title (SharePoint: 255). */
export const MAX_LIST_TITLE = 255;

/** Control characters other than tab, line feed and carriage return: refused in every text value. */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * Refused in file and folder names given through the ResourcePath APIs (`addUsingPath`, `decodedurl=`): every control
 * character and SharePoint's `" * : < > ? / \ |`. SharePoint Online allows `#` and `%` there.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_IN_NAME = /[\u0000-\u001F\u007F"*:<>?/\\|]/;

/**
 * Refused in names given through the classic APIs (`files/add(url=…)`, `AttachmentFiles/add(FileName=…)`,
 * `folders/add`): the same, plus `#` and `%`, which only the ResourcePath APIs accept.
 */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_IN_CLASSIC_NAME = /[\u0000-\u001F\u007F"*:<>?/\\|#%]/;
