/** @internal Every reported status, once: `reportedStatusSchema` and every check come from it (zod-free). */
export const REPORTED_STATUSES = ['exceeded', 'met', 'not-met', 'attained'] as const;

/** @internal Every pending reason, once: `pendingReasonSchema` and every check come from it. */
export const PENDING_REASONS = ['no-actual', 'no-target', 'no-baseline'] as const;
