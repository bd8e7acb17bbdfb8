// The privacy notices (informativa privacy) the people of the Banca Dati Lavoro are shown, with the date each
// version took effect. A consent records the version the person acknowledged; a new version is appended here.
export const privacyNotices = [{ version: '2026-11', effectiveFrom: '2026-11-01' }] as const;

export type NoticeVersion = (typeof privacyNotices)[number]['version'];
export const noticeVersions = privacyNotices.map((n) => n.version) as [NoticeVersion, ...NoticeVersion[]];

/** The version in force: the one shown to people whose consent is collected today. */
export const CURRENT_NOTICE_VERSION: NoticeVersion = '2026-11';
