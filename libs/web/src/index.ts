export { createApiClient } from './graphql/client';
export { SessionStore, tokenExpired, type StoredSession } from './session/session-store';
export {
  SessionProvider,
  useSession,
  type Session,
  type SignedInUser,
  type RoleGrant,
} from './session/session-context';
export { ChangePasswordDocument } from './session/session-documents';
export { apiErrorMessage, apiFieldErrors, apiErrorCode, type FieldError } from './errors/api-errors';
export { formatDate, formatDateTime, formatPoints, formatPointsChange, beijingToday } from './format/format';
export { fileToEvidence, compressImage, type EvidenceUpload } from './files/evidence-upload';
export { useEvidenceObjectUrl } from './files/evidence-download';
export { publicNoticePdfUrl, publicNoticeXlsxUrl } from './files/public-downloads';
export {
  downloadSignedIn,
  dashboardXlsxPath,
  openDataPath,
  residentsXlsxPath,
} from './files/signed-in-download';
export { newIdempotencyKey } from './graphql/idempotency';
export type * from './graphql/schema-types';
export type { ResultOf, VariablesOf } from './graphql/document-types';
export { sha256Hex, digestGroups } from './integrity/sha256';
