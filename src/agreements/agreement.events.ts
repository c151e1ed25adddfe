/** Events of the agreements feature (merged into the app's EventMap in src/events/event-map.ts). */
export interface AgreementEvents {
  /** The mediator fixed a version for signing. */
  'agreement.finalized': { agreementId: string; caseId: string; version: number; sha256: string };
  /** A finalised agreement changed: drafting re-opened, signatures collected so far no longer count. */
  'agreement.reopened': { agreementId: string; caseId: string; voidedSignatures: number };
  /** One signer signed (party or mediator). */
  'agreement.signed': { agreementId: string; caseId: string; version: number; role: 'applicant' | 'respondent' | 'mediator'; signerUserId: string };
  /** Every signature and the seal are in: the agreement took effect and its signed PDF is in the case's documents. */
  'agreement.effective': { agreementId: string; caseId: string; documentId: string; sha256: string; verifyCode: string };
}
