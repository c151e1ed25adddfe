/** Events of the referrals feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface ReferralEvents {
  /** A partner body referred a dispute to a committee (or a committee sent one on to another committee). */
  'referral.submitted': { referralId: string; partnerId: string; committeeId: string };
  /** The committee routed it: into a case, on to another body, or declined. */
  'referral.routed': { referralId: string; partnerId: string; committeeId: string; outcome: 'accepted' | 'forwarded' | 'declined'; caseId: string | null };
}
