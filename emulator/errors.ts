/**
 * SharePoint's error answers: HTTP status, the "<hresult>, <exception type>" code and the message text, serialised as
 * `{"odata.error":…}` (JSON light) or `{"error":…}` (verbose).
 */

export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const ARG = '-1, System.ArgumentException';
const SPEX = '-1, Microsoft.SharePoint.SPException';
const CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const UNAUTH = '-2147024891, System.UnauthorizedAccessException';

export const Errors = {
  listNotFound: (title: string, siteUrl: string): SpError =>
    new SpError(404, ARG, `List '${title}' does not exist at site with URL '${siteUrl}'.`),
  listIdNotFound: (): SpError =>
    new SpError(404, '-2147024809, System.ArgumentException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'),
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.'),
  fieldNotFound: (name: string, list: string): SpError =>
    new SpError(404, ARG, `Column '${name}' does not exist. It may have been deleted by another user.  /sites/intranet/${list}`),
  userNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.'),
  groupNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  fileNotFound: (url: string): SpError =>
    new SpError(404, '-2130575338, System.IO.FileNotFoundException', `File Not Found.${url ? '' : ''}`),
  folderNotFound: (): SpError =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  attachmentNotFound: (): SpError =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  fileExists: (url: string): SpError =>
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${url} already exists. It was last modified by Emulator on ${new Date().toUTCString()}.`),
  checkedOutByOther: (url: string): SpError =>
    new SpError(423, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${url}" is checked out for editing by another user.`),
  notCheckedOut: (url: string): SpError =>
    new SpError(400, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${url}" is not checked out.`),
  alreadyCheckedOut: (url: string): SpError =>
    new SpError(400, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${url}" is already checked out.`),
  noResource: (segment: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`),
  notFoundPage: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  methodNotAllowed: (method: string): SpError =>
    new SpError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The HTTP method '${method}' is not allowed for this resource.`),
  accessDenied: (): SpError =>
    new SpError(403, UNAUTH, 'Access denied. You do not have permission to perform this action or access this resource.'),
  unauthorizedOperation: (): SpError => new SpError(403, UNAUTH, 'Attempted to perform an unauthorized operation.'),
  unauthenticated: (): SpError =>
    new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Access denied. Before opening files in this location, you must first browse to the web site and select the option to login automatically.'),
  digest: (): SpError =>
    new SpError(403, '-2130575251, Microsoft.SharePoint.SPException', "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."),
  etag: (sent: string, actual: string): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`),
  unknownProperty: (prop: string, type: string): SpError =>
    new SpError(400, CLIENT_QUERY, `The property '${prop}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  readOnlyField: (): SpError =>
    new SpError(400, '-2147024809, System.ArgumentException', 'Invalid data has been used to update the list item. The field you are trying to update may be read only.'),
  badValue: (edmType: string): SpError =>
    new SpError(400, CLIENT_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  badDate: (): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.'),
  badChoice: (field: string): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `Invalid choice value for the field '${field}'. A choice field contains invalid data. Please check the value and try again.`),
  tooLong: (field: string, max: number): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `The value of the field '${field}' exceeds the maximum length of ${max} characters.`),
  invalidCharacters: (field: string): SpError =>
    new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', `The value of the field '${field}' contains control characters, which are not allowed (tab, carriage return and line feed are).`),
  badFileName: (): SpError =>
    new SpError(400, SPEX, 'The file or folder name contains characters that are not permitted.  Please use a different name.'),
  /** List validation failed. SharePoint's text when the list has a user message is unverified: the emulator sends that message. */
  listValidation: (message: string): SpError =>
    new SpError(400, '-2130575163, Microsoft.SharePoint.SPException', message.trim() || 'List data validation failed.'),
  badJson: (detail: string): SpError =>
    new SpError(400, CLIENT_QUERY, `Invalid JSON. ${detail}`),
  fieldOrPropertyMissing: (name: string): SpError => new SpError(400, SPEX, `The field or property '${name}' does not exist.`),
  notExpanded: (name: string): SpError =>
    new SpError(400, SPEX, `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${name}.`),
  badQuery: (message: string): SpError => new SpError(400, CLIENT_QUERY, message),
  filterField: (name: string, kind: string): SpError =>
    new SpError(400, SPEX, `The field '${name}' of type '${kind}' cannot be used in the query filter expression.`),
  orderField: (name: string, kind: string): SpError =>
    new SpError(400, SPEX, `The field '${name}' of type '${kind}' cannot be used in the query order by expression.`),
  columnMissing: (name: string): SpError =>
    new SpError(400, SPEX, `Column '${name}' does not exist. It may have been deleted by another user.`),
  throttledLvt: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'),
  listTitleTooLong: (max: number): SpError =>
    new SpError(400, '-2147024809, System.ArgumentException', `The list title is too long. It may contain at most ${max} characters.`),
  listExists: (): SpError =>
    new SpError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`),
  fieldExists: (title: string): SpError =>
    new SpError(400, '-2130575342, Microsoft.SharePoint.SPDuplicateValuesFoundException', `A duplicate field name "${title}" was found.`),
  tooLarge: (limit: number): SpError =>
    new SpError(413, '-2147024809, System.ArgumentException', `The request body exceeds the emulator's limit of ${limit} bytes.`),
  badBatch: (detail: string): SpError => new SpError(400, CLIENT_QUERY, `The batch request is not valid. ${detail}`),
  internal: (): SpError => new SpError(500, '-2146233088, System.InvalidOperationException', 'Operation is not valid due to the current state of the object.'),
};

export type MetadataMode = 'minimal' | 'nometadata' | 'verbose';

export function errorBody(err: SpError, mode: MetadataMode): string {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return JSON.stringify(mode === 'verbose' ? { error: inner } : { 'odata.error': inner });
}
