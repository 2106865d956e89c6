// The subject types are shared vocabulary (rulebook, residents, contracts): one definition in platform-common.
export { SubjectType, SUBJECT_TYPE_LABELS } from '@village/platform-common';
