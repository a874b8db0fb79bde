import type { ApprovalStatus } from '../domain/models';

/** SharePoint's `_ModerationStatus` values (SPModerationStatusType). */
const BY_CODE: Readonly<Record<number, ApprovalStatus>> = { 0: 'approved', 1: 'rejected', 2: 'pending', 3: 'draft', 4: 'scheduled' };

export function approvalFromCode(code: unknown): ApprovalStatus {
  return typeof code === 'number' && BY_CODE[code] !== undefined ? BY_CODE[code] : 'approved';
}

export function approvalToCode(status: ApprovalStatus): number {
  const entry = Object.entries(BY_CODE).find(([, s]) => s === status);
  return entry ? Number(entry[0]) : 0;
}
