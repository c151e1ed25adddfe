// Generated from src/api-contract.ts by `npm run contract:schemas`: do not edit. A unit test fails when it is stale.
import type * as Contract from '../api-contract';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** Every exported type of the contract by name, so @ApiResult('X') checks that a route returns Contract.X. */
export interface ContractTypes {
  ActObligation: Contract.ActObligation;
  AgencyResponse: Contract.AgencyResponse;
  AgencyStatus: Contract.AgencyStatus;
  AgentAuthority: Contract.AgentAuthority;
  AgentRelation: Contract.AgentRelation;
  AgreementCheckResponse: Contract.AgreementCheckResponse;
  AgreementCommentResponse: Contract.AgreementCommentResponse;
  AgreementResponse: Contract.AgreementResponse;
  AgreementSignatureResponse: Contract.AgreementSignatureResponse;
  AgreementSignerSlot: Contract.AgreementSignerSlot;
  AgreementStatus: Contract.AgreementStatus;
  AmountInWordsResponse: Contract.AmountInWordsResponse;
  AuditPage: Contract.AuditPage;
  AuditRecordResponse: Contract.AuditRecordResponse;
  AuditVerification: Contract.AuditVerification;
  CaseAgreementResponse: Contract.CaseAgreementResponse;
  CaseDetail: Contract.CaseDetail;
  CaseDocumentResponse: Contract.CaseDocumentResponse;
  CaseDocumentVersion: Contract.CaseDocumentVersion;
  CaseGuidanceResponse: Contract.CaseGuidanceResponse;
  CaseNextStep: Contract.CaseNextStep;
  CaseSummary: Contract.CaseSummary;
  CaseSummaryPage: Contract.CaseSummaryPage;
  CaseUiAction: Contract.CaseUiAction;
  CategoryList: Contract.CategoryList;
  CaucusPeriod: Contract.CaucusPeriod;
  ChatMessageResponse: Contract.ChatMessageResponse;
  CommitteeAdminResponse: Contract.CommitteeAdminResponse;
  CommitteeCertificateResponse: Contract.CommitteeCertificateResponse;
  CommitteeResponse: Contract.CommitteeResponse;
  CommitteeSealResponse: Contract.CommitteeSealResponse;
  ConfirmationCosigner: Contract.ConfirmationCosigner;
  ConfirmationResponse: Contract.ConfirmationResponse;
  ConfirmationStatusResponse: Contract.ConfirmationStatusResponse;
  CosignCodeSent: Contract.CosignCodeSent;
  CourtAreaResponse: Contract.CourtAreaResponse;
  CourtFeeResponse: Contract.CourtFeeResponse;
  CourtGuidanceMessage: Contract.CourtGuidanceMessage;
  CourtGuidanceThread: Contract.CourtGuidanceThread;
  CourtItemKind: Contract.CourtItemKind;
  CourtItemStatus: Contract.CourtItemStatus;
  CourtLevel: Contract.CourtLevel;
  CourtNoticeResponse: Contract.CourtNoticeResponse;
  CourtQuestionResponse: Contract.CourtQuestionResponse;
  CourtQueueItem: Contract.CourtQueueItem;
  CourtQueueResponse: Contract.CourtQueueResponse;
  CourtResponse: Contract.CourtResponse;
  CourtTitle: Contract.CourtTitle;
  DocBlockResponse: Contract.DocBlockResponse;
  DocumentTypeName: Contract.DocumentTypeName;
  EligibleCourt: Contract.EligibleCourt;
  EnforcementInfo: Contract.EnforcementInfo;
  ErrorResponse: Contract.ErrorResponse;
  EstimateResponse: Contract.EstimateResponse;
  EvidenceResponse: Contract.EvidenceResponse;
  FollowUpStatus: Contract.FollowUpStatus;
  FollowUpTaskResponse: Contract.FollowUpTaskResponse;
  HealthResponse: Contract.HealthResponse;
  HearingOpened: Contract.HearingOpened;
  HolidayYearResponse: Contract.HolidayYearResponse;
  InvitationCreated: Contract.InvitationCreated;
  InvitationStatus: Contract.InvitationStatus;
  InvitationView: Contract.InvitationView;
  KindPreference: Contract.KindPreference;
  LeaveResponse: Contract.LeaveResponse;
  LintFinding: Contract.LintFinding;
  LiveCaseChanged: Contract.LiveCaseChanged;
  LiveHello: Contract.LiveHello;
  LiveMessage: Contract.LiveMessage;
  LiveUnreadCount: Contract.LiveUnreadCount;
  LoanDetails: Contract.LoanDetails;
  LprRateResponse: Contract.LprRateResponse;
  MediationClock: Contract.MediationClock;
  MediationExtensionResponse: Contract.MediationExtensionResponse;
  MediatorAffiliation: Contract.MediatorAffiliation;
  MediatorCard: Contract.MediatorCard;
  MediatorChoice: Contract.MediatorChoice;
  MediatorFigures: Contract.MediatorFigures;
  MediatorOfficeResponse: Contract.MediatorOfficeResponse;
  MediatorPage: Contract.MediatorPage;
  MediatorProfileDetail: Contract.MediatorProfileDetail;
  MediatorProposalResponse: Contract.MediatorProposalResponse;
  MediatorQueue: Contract.MediatorQueue;
  MediatorRanking: Contract.MediatorRanking;
  MediatorReplacementResponse: Contract.MediatorReplacementResponse;
  MediatorSlots: Contract.MediatorSlots;
  MeResponse: Contract.MeResponse;
  MySatisfaction: Contract.MySatisfaction;
  NotificationItem: Contract.NotificationItem;
  NotificationKind: Contract.NotificationKind;
  NotificationList: Contract.NotificationList;
  NotificationPreferences: Contract.NotificationPreferences;
  Obligation: Contract.Obligation;
  OutboxItem: Contract.OutboxItem;
  OutboxResponse: Contract.OutboxResponse;
  OverrunCase: Contract.OverrunCase;
  ParticipantRole: Contract.ParticipantRole;
  PartnerApiKeyCreated: Contract.PartnerApiKeyCreated;
  PartnerReferralResponse: Contract.PartnerReferralResponse;
  PartnerReferralStatus: Contract.PartnerReferralStatus;
  PartnerResponse: Contract.PartnerResponse;
  PartnerType: Contract.PartnerType;
  PartyDetailsSaved: Contract.PartyDetailsSaved;
  PartyResponse: Contract.PartyResponse;
  PartySide: Contract.PartySide;
  PartyStatementResponse: Contract.PartyStatementResponse;
  PaymentInstalment: Contract.PaymentInstalment;
  PaymentObligation: Contract.PaymentObligation;
  PaymentReportResponse: Contract.PaymentReportResponse;
  PhoneCodeSentResponse: Contract.PhoneCodeSentResponse;
  ProvisionResponse: Contract.ProvisionResponse;
  RankedMediator: Contract.RankedMediator;
  RankingFactor: Contract.RankingFactor;
  RankingFactorKey: Contract.RankingFactorKey;
  RateFigure: Contract.RateFigure;
  RecordConfirmationResponse: Contract.RecordConfirmationResponse;
  RecordingConsentResponse: Contract.RecordingConsentResponse;
  RecordResponse: Contract.RecordResponse;
  ReferralContact: Contract.ReferralContact;
  ReferralImportResponse: Contract.ReferralImportResponse;
  ReferralImportResult: Contract.ReferralImportResult;
  ReferralResponse: Contract.ReferralResponse;
  Role: Contract.Role;
  SatisfactionResponse: Contract.SatisfactionResponse;
  ServiceRecordResponse: Contract.ServiceRecordResponse;
  SessionAttendance: Contract.SessionAttendance;
  SessionDetail: Contract.SessionDetail;
  SessionEventResponse: Contract.SessionEventResponse;
  SessionGuestResponse: Contract.SessionGuestResponse;
  SessionMode: Contract.SessionMode;
  SessionStatus: Contract.SessionStatus;
  SessionSummary: Contract.SessionSummary;
  SignCodeSent: Contract.SignCodeSent;
  SimilarCaseResponse: Contract.SimilarCaseResponse;
  SimilarCasesResponse: Contract.SimilarCasesResponse;
  SlotResponse: Contract.SlotResponse;
  SpreadFigure: Contract.SpreadFigure;
  StatFigures: Contract.StatFigures;
  StatisticsResponse: Contract.StatisticsResponse;
  SummaryConsentSaved: Contract.SummaryConsentSaved;
  TimelineItem: Contract.TimelineItem;
  TokenResponse: Contract.TokenResponse;
  UnreadCount: Contract.UnreadCount;
  VerificationResponse: Contract.VerificationResponse;
  WeeklyHoursResponse: Contract.WeeklyHoursResponse;
}

export type ContractName = keyof ContractTypes;

export const CONTRACT_SCHEMAS: Record<ContractName, SchemaObject> = {
  "ActObligation": {
    "type": "object",
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "act"
        ]
      },
      "debtorPartyId": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "dueDate": {
        "type": "string"
      }
    },
    "required": [
      "kind",
      "debtorPartyId",
      "description",
      "dueDate"
    ]
  },
  "AgencyResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "partyId": {
        "type": "string"
      },
      "partyName": {
        "type": "string"
      },
      "side": {
        "type": "string",
        "enum": [
          "applicant",
          "respondent"
        ]
      },
      "name": {
        "type": "string"
      },
      "phone": {
        "type": "string",
        "description": "Masked except for the party who named him, the deciding mediator and the committee."
      },
      "idNumber": {
        "type": "string"
      },
      "relation": {
        "$ref": "#/components/schemas/AgentRelation"
      },
      "relationLabel": {
        "type": "string",
        "description": "律师 / 近亲属 / 员工 / 其他"
      },
      "licenceNumber": {
        "type": "string",
        "nullable": true
      },
      "lawFirm": {
        "type": "string",
        "nullable": true
      },
      "authority": {
        "$ref": "#/components/schemas/AgentAuthority"
      },
      "authorityLabel": {
        "type": "string",
        "description": "一般授权 / 特别授权"
      },
      "status": {
        "$ref": "#/components/schemas/AgencyStatus"
      },
      "statusLabel": {
        "type": "string",
        "description": "待审核 / 已批准 / 已驳回 / 已撤销"
      },
      "poa": {
        "type": "object",
        "properties": {
          "fileName": {
            "type": "string"
          },
          "mimeType": {
            "type": "string"
          },
          "sizeBytes": {
            "type": "number"
          },
          "sha256": {
            "type": "string"
          }
        },
        "required": [
          "fileName",
          "mimeType",
          "sizeBytes",
          "sha256"
        ]
      },
      "createdAt": {
        "type": "string"
      },
      "decidedAt": {
        "type": "string",
        "nullable": true
      },
      "decisionReason": {
        "type": "string",
        "nullable": true
      },
      "revokedAt": {
        "type": "string",
        "nullable": true
      },
      "isMe": {
        "type": "boolean",
        "description": "The agent is the viewer himself."
      },
      "mayDecide": {
        "type": "boolean",
        "description": "What this viewer may do with it now."
      },
      "mayRevoke": {
        "type": "boolean"
      },
      "registered": {
        "type": "boolean",
        "description": "The agent's phone has no account yet: he was sent an SMS to register (once approved)."
      }
    },
    "required": [
      "id",
      "partyId",
      "partyName",
      "side",
      "name",
      "phone",
      "idNumber",
      "relation",
      "relationLabel",
      "licenceNumber",
      "lawFirm",
      "authority",
      "authorityLabel",
      "status",
      "statusLabel",
      "poa",
      "createdAt",
      "decidedAt",
      "decisionReason",
      "revokedAt",
      "isMe",
      "mayDecide",
      "mayRevoke",
      "registered"
    ]
  },
  "AgencyStatus": {
    "type": "string",
    "enum": [
      "pending",
      "revoked",
      "approved",
      "rejected"
    ]
  },
  "AgentAuthority": {
    "type": "string",
    "enum": [
      "general",
      "special"
    ]
  },
  "AgentRelation": {
    "type": "string",
    "enum": [
      "lawyer",
      "relative",
      "employee",
      "other"
    ]
  },
  "AgreementCheckResponse": {
    "type": "object",
    "properties": {
      "lint": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/LintFinding"
        }
      },
      "preview": {
        "type": "object",
        "properties": {
          "header": {
            "type": "string"
          },
          "blocks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DocBlockResponse"
            }
          }
        },
        "required": [
          "header",
          "blocks"
        ]
      }
    },
    "required": [
      "lint",
      "preview"
    ]
  },
  "AgreementCommentResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "version": {
        "type": "number"
      },
      "authorName": {
        "type": "string"
      },
      "body": {
        "type": "string"
      },
      "createdAt": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "version",
      "authorName",
      "body",
      "createdAt"
    ]
  },
  "AgreementResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "caseId": {
        "type": "string"
      },
      "version": {
        "type": "number"
      },
      "status": {
        "$ref": "#/components/schemas/AgreementStatus"
      },
      "obligations": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Obligation"
        }
      },
      "terms": {
        "type": "string"
      },
      "loanContractDate": {
        "type": "string",
        "nullable": true,
        "description": "民间借贷: the loan contract's date the interest lint compares with (the draft's own, else the filed loan date)."
      },
      "lint": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/LintFinding"
        }
      },
      "signatures": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AgreementSignatureResponse"
        }
      },
      "verifyCode": {
        "type": "string",
        "nullable": true
      },
      "finalVersion": {
        "type": "number",
        "nullable": true
      },
      "finalSha256": {
        "type": "string",
        "nullable": true
      },
      "acknowledged": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "effectiveAt": {
        "type": "string",
        "nullable": true
      },
      "enforceableAt": {
        "type": "string",
        "nullable": true,
        "description": "Confirmed by a court (已司法确认): the agreement can be enforced."
      },
      "updatedAt": {
        "type": "string"
      },
      "signers": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AgreementSignerSlot"
        }
      },
      "canEdit": {
        "type": "boolean"
      },
      "canSign": {
        "type": "boolean"
      },
      "comments": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AgreementCommentResponse"
        }
      },
      "preview": {
        "type": "object",
        "properties": {
          "header": {
            "type": "string"
          },
          "blocks": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DocBlockResponse"
            }
          }
        },
        "required": [
          "header",
          "blocks"
        ],
        "description": "The document as it reads now: the same blocks the PDF is drawn from."
      }
    },
    "required": [
      "id",
      "caseId",
      "version",
      "status",
      "obligations",
      "terms",
      "loanContractDate",
      "lint",
      "signatures",
      "verifyCode",
      "finalVersion",
      "finalSha256",
      "acknowledged",
      "effectiveAt",
      "enforceableAt",
      "updatedAt",
      "signers",
      "canEdit",
      "canSign",
      "comments",
      "preview"
    ]
  },
  "AgreementSignatureResponse": {
    "type": "object",
    "properties": {
      "partyId": {
        "type": "string",
        "nullable": true
      },
      "role": {
        "type": "string",
        "enum": [
          "mediator",
          "applicant",
          "respondent"
        ]
      },
      "name": {
        "type": "string"
      },
      "signedAt": {
        "type": "string"
      }
    },
    "required": [
      "partyId",
      "role",
      "name",
      "signedAt"
    ]
  },
  "AgreementSignerSlot": {
    "type": "object",
    "properties": {
      "partyId": {
        "type": "string",
        "nullable": true
      },
      "role": {
        "type": "string",
        "enum": [
          "mediator",
          "applicant",
          "respondent"
        ]
      },
      "name": {
        "type": "string"
      },
      "signed": {
        "type": "boolean"
      },
      "isMe": {
        "type": "boolean"
      }
    },
    "required": [
      "partyId",
      "role",
      "name",
      "signed",
      "isMe"
    ]
  },
  "AgreementStatus": {
    "type": "string",
    "enum": [
      "draft",
      "final",
      "effective",
      "void"
    ]
  },
  "AmountInWordsResponse": {
    "type": "object",
    "properties": {
      "text": {
        "type": "string"
      }
    },
    "required": [
      "text"
    ]
  },
  "AuditPage": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AuditRecordResponse"
        }
      },
      "next": {
        "type": "string",
        "nullable": true,
        "description": "Pass as `before` for the next (older) page; null at the end."
      }
    },
    "required": [
      "items",
      "next"
    ]
  },
  "AuditRecordResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "actorId": {
        "type": "string",
        "nullable": true
      },
      "actorName": {
        "type": "string",
        "nullable": true
      },
      "action": {
        "type": "string"
      },
      "entity": {
        "type": "string"
      },
      "entityId": {
        "type": "string"
      },
      "ip": {
        "type": "string",
        "nullable": true
      },
      "data": {
        "type": "object",
        "properties": {},
        "additionalProperties": {}
      },
      "createdAt": {
        "type": "string"
      },
      "sealed": {
        "type": "boolean",
        "description": "Sealed into the hash chain (a record is sealed within a minute of its commit)."
      }
    },
    "required": [
      "id",
      "actorId",
      "actorName",
      "action",
      "entity",
      "entityId",
      "ip",
      "data",
      "createdAt",
      "sealed"
    ]
  },
  "AuditVerification": {
    "type": "object",
    "properties": {
      "ok": {
        "type": "boolean"
      },
      "seals": {
        "type": "number"
      },
      "records": {
        "type": "number"
      },
      "firstBreak": {
        "type": "string",
        "nullable": true,
        "description": "The first broken place, in words (审计记录 #123 内容被修改), or null."
      },
      "recordId": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "ok",
      "seals",
      "records",
      "firstBreak",
      "recordId"
    ]
  },
  "CaseAgreementResponse": {
    "type": "object",
    "properties": {
      "agreement": {
        "allOf": [
          {
            "$ref": "#/components/schemas/AgreementResponse"
          }
        ],
        "nullable": true
      }
    },
    "required": [
      "agreement"
    ]
  },
  "CaseDetail": {
    "type": "object",
    "properties": {
      "facts": {
        "type": "string"
      },
      "claims": {
        "type": "string"
      },
      "disputeDate": {
        "type": "string"
      },
      "committee": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ]
      },
      "mediator": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ],
        "nullable": true
      },
      "parties": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PartyResponse"
        }
      },
      "evidence": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/EvidenceResponse"
        }
      },
      "allowedActions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CaseUiAction"
        }
      },
      "loan": {
        "allOf": [
          {
            "$ref": "#/components/schemas/LoanDetails"
          }
        ],
        "nullable": true,
        "description": "民间借贷: the loan as filed."
      },
      "summaryReuseConsent": {
        "type": "boolean"
      },
      "settledAmountFen": {
        "type": "number",
        "nullable": true
      },
      "nextStep": {
        "$ref": "#/components/schemas/CaseNextStep"
      },
      "statements": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PartyStatementResponse"
        },
        "description": "答辩意见 the parties gave (PUT /api/cases/:id/statement)."
      },
      "id": {
        "type": "string"
      },
      "caseNumber": {
        "type": "string",
        "nullable": true,
        "description": "合阳调字〔2026〕第0012号; null only for the moment between filing and numbering."
      },
      "status": {
        "type": "string",
        "enum": [
          "accepted",
          "declined",
          "refused",
          "withdrawn",
          "confirmed",
          "filed",
          "mediator_assigned",
          "in_mediation",
          "settled",
          "failed",
          "confirmation_requested",
          "confirmation_rejected"
        ]
      },
      "statusLabel": {
        "type": "string"
      },
      "category": {
        "type": "string"
      },
      "claimAmountFen": {
        "type": "number"
      },
      "filedAt": {
        "type": "string"
      },
      "applicantName": {
        "type": "string"
      },
      "respondentNames": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "mediatorName": {
        "type": "string",
        "nullable": true
      },
      "awaitingConsent": {
        "type": "boolean",
        "description": "Some respondent has not agreed to mediate yet (the committee cannot accept the case)."
      },
      "representing": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The parties the viewer acts for as an approved agent (代理人): the list shows 「代理 张三」. Empty for anyone else."
      }
    },
    "required": [
      "facts",
      "claims",
      "disputeDate",
      "committee",
      "mediator",
      "parties",
      "evidence",
      "allowedActions",
      "loan",
      "summaryReuseConsent",
      "settledAmountFen",
      "nextStep",
      "statements",
      "id",
      "caseNumber",
      "status",
      "statusLabel",
      "category",
      "claimAmountFen",
      "filedAt",
      "applicantName",
      "respondentNames",
      "mediatorName",
      "awaitingConsent",
      "representing"
    ]
  },
  "CaseDocumentResponse": {
    "type": "object",
    "properties": {
      "type": {
        "$ref": "#/components/schemas/DocumentTypeName"
      },
      "typeLabel": {
        "type": "string"
      },
      "sourceId": {
        "type": "string"
      },
      "title": {
        "type": "string"
      },
      "signedBy": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "versions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CaseDocumentVersion"
        }
      }
    },
    "required": [
      "type",
      "typeLabel",
      "sourceId",
      "title",
      "signedBy",
      "versions"
    ]
  },
  "CaseDocumentVersion": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "version": {
        "type": "number"
      },
      "sha256": {
        "type": "string"
      },
      "sizeBytes": {
        "type": "number"
      },
      "status": {
        "type": "string",
        "enum": [
          "void",
          "current",
          "superseded"
        ]
      },
      "effectiveAt": {
        "type": "string",
        "nullable": true
      },
      "createdAt": {
        "type": "string"
      },
      "verifyCode": {
        "type": "string",
        "nullable": true
      },
      "downloadUrl": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "id",
      "version",
      "sha256",
      "sizeBytes",
      "status",
      "effectiveAt",
      "createdAt",
      "verifyCode",
      "downloadUrl"
    ]
  },
  "CaseGuidanceResponse": {
    "type": "object",
    "properties": {
      "cost": {
        "type": "object",
        "properties": {
          "courtFee": {
            "$ref": "#/components/schemas/CourtFeeResponse"
          },
          "freeRoutes": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "route": {
                  "type": "string"
                },
                "feeFen": {
                  "type": "number"
                },
                "basis": {
                  "type": "string"
                }
              },
              "required": [
                "route",
                "feeFen",
                "basis"
              ]
            }
          },
          "firstInstance": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "procedure": {
                  "type": "string"
                },
                "limit": {
                  "type": "string"
                },
                "basis": {
                  "type": "string"
                }
              },
              "required": [
                "procedure",
                "limit",
                "basis"
              ]
            }
          },
          "portalCycle": {
            "type": "object",
            "properties": {
              "medianDays": {
                "type": "number",
                "nullable": true
              },
              "count": {
                "type": "number"
              },
              "categoryMedianDays": {
                "type": "number",
                "nullable": true
              },
              "categoryCount": {
                "type": "number"
              },
              "basis": {
                "type": "string"
              }
            },
            "required": [
              "medianDays",
              "count",
              "categoryMedianDays",
              "categoryCount",
              "basis"
            ]
          }
        },
        "required": [
          "courtFee",
          "freeRoutes",
          "firstInstance",
          "portalCycle"
        ]
      },
      "limitation": {
        "type": "object",
        "properties": {
          "state": {
            "type": "string",
            "enum": [
              "running",
              "near",
              "expired",
              "interrupted"
            ]
          },
          "deadline": {
            "type": "string",
            "nullable": true
          },
          "daysLeft": {
            "type": "number",
            "nullable": true
          },
          "capDeadline": {
            "type": "string"
          },
          "interruptedOn": {
            "type": "string",
            "nullable": true
          },
          "startDate": {
            "type": "string"
          },
          "startBasis": {
            "type": "string"
          },
          "message": {
            "type": "string"
          },
          "basis": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        },
        "required": [
          "state",
          "deadline",
          "daysLeft",
          "capDeadline",
          "interruptedOn",
          "startDate",
          "startBasis",
          "message",
          "basis"
        ]
      },
      "interest": {
        "type": "object",
        "properties": {
          "contractDate": {
            "type": "string"
          },
          "principalFen": {
            "type": "number"
          },
          "agreedRateBp": {
            "type": "number",
            "nullable": true
          },
          "capBp": {
            "type": "number",
            "nullable": true
          },
          "lprAtContract": {
            "type": "object",
            "properties": {
              "effectiveDate": {
                "type": "string"
              },
              "oneYearBp": {
                "type": "number"
              }
            },
            "required": [
              "effectiveDate",
              "oneYearBp"
            ],
            "nullable": true
          },
          "schedule": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "from": {
                  "type": "string"
                },
                "to": {
                  "type": "string",
                  "nullable": true
                },
                "capBp": {
                  "type": "number",
                  "nullable": true
                },
                "basis": {
                  "type": "string"
                }
              },
              "required": [
                "from",
                "to",
                "capBp",
                "basis"
              ]
            }
          },
          "exceedsCap": {
            "type": "boolean"
          },
          "yearlyInterestFen": {
            "type": "number",
            "nullable": true
          },
          "yearlyCapFen": {
            "type": "number",
            "nullable": true
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "contractDate",
          "principalFen",
          "agreedRateBp",
          "capBp",
          "lprAtContract",
          "schedule",
          "exceedsCap",
          "yearlyInterestFen",
          "yearlyCapFen",
          "message"
        ],
        "nullable": true
      },
      "path": {
        "type": "object",
        "properties": {
          "rule": {
            "type": "string"
          },
          "recommended": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "body": {
                  "type": "string"
                },
                "label": {
                  "type": "string"
                }
              },
              "required": [
                "body",
                "label"
              ]
            }
          },
          "explanation": {
            "type": "string"
          },
          "sources": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "confirmationPossible": {
            "type": "boolean"
          },
          "referrals": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReferralResponse"
            }
          }
        },
        "required": [
          "rule",
          "recommended",
          "explanation",
          "sources",
          "confirmationPossible",
          "referrals"
        ]
      },
      "evidence": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string"
                },
                "label": {
                  "type": "string"
                },
                "why": {
                  "type": "string"
                },
                "present": {
                  "type": "boolean"
                },
                "matchedFiles": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              },
              "required": [
                "key",
                "label",
                "why",
                "present",
                "matchedFiles"
              ]
            }
          },
          "missing": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "source": {
            "type": "string"
          }
        },
        "required": [
          "items",
          "missing",
          "source"
        ]
      },
      "provisions": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "law": {
              "type": "string"
            },
            "article": {
              "type": "string"
            },
            "title": {
              "type": "string"
            },
            "text": {
              "type": "string"
            },
            "textKind": {
              "type": "string",
              "enum": [
                "official",
                "summary"
              ],
              "description": "'official': the exact official text; 'summary': a 摘要, not the law itself."
            },
            "textLabel": {
              "type": "string",
              "description": "法律原文 or 摘要（非法律原文）, to show next to the text."
            },
            "effectiveDate": {
              "type": "string",
              "nullable": true
            },
            "categories": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "keywords": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "source": {
              "type": "string"
            },
            "citation": {
              "type": "string",
              "description": "《中华人民共和国民法典》第六百七十九条"
            },
            "score": {
              "type": "number"
            },
            "why": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "required": [
            "id",
            "law",
            "article",
            "title",
            "text",
            "textKind",
            "textLabel",
            "effectiveDate",
            "categories",
            "keywords",
            "source",
            "citation",
            "score",
            "why"
          ]
        }
      },
      "similarCases": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SimilarCaseResponse"
        }
      },
      "estimate": {
        "$ref": "#/components/schemas/EstimateResponse"
      },
      "generatedAt": {
        "type": "string"
      }
    },
    "required": [
      "cost",
      "limitation",
      "interest",
      "path",
      "evidence",
      "provisions",
      "similarCases",
      "estimate",
      "generatedAt"
    ]
  },
  "CaseNextStep": {
    "type": "object",
    "properties": {
      "actor": {
        "type": "string",
        "enum": [
          "mediator",
          "committee",
          "you",
          "other_party",
          "court",
          "nobody"
        ]
      },
      "text": {
        "type": "string"
      }
    },
    "required": [
      "actor",
      "text"
    ]
  },
  "CaseSummary": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "caseNumber": {
        "type": "string",
        "nullable": true,
        "description": "合阳调字〔2026〕第0012号; null only for the moment between filing and numbering."
      },
      "status": {
        "type": "string",
        "enum": [
          "accepted",
          "declined",
          "refused",
          "withdrawn",
          "confirmed",
          "filed",
          "mediator_assigned",
          "in_mediation",
          "settled",
          "failed",
          "confirmation_requested",
          "confirmation_rejected"
        ]
      },
      "statusLabel": {
        "type": "string"
      },
      "category": {
        "type": "string"
      },
      "claimAmountFen": {
        "type": "number"
      },
      "filedAt": {
        "type": "string"
      },
      "applicantName": {
        "type": "string"
      },
      "respondentNames": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "mediatorName": {
        "type": "string",
        "nullable": true
      },
      "awaitingConsent": {
        "type": "boolean",
        "description": "Some respondent has not agreed to mediate yet (the committee cannot accept the case)."
      },
      "representing": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The parties the viewer acts for as an approved agent (代理人): the list shows 「代理 张三」. Empty for anyone else."
      }
    },
    "required": [
      "id",
      "caseNumber",
      "status",
      "statusLabel",
      "category",
      "claimAmountFen",
      "filedAt",
      "applicantName",
      "respondentNames",
      "mediatorName",
      "awaitingConsent",
      "representing"
    ]
  },
  "CaseSummaryPage": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CaseSummary"
        }
      },
      "total": {
        "type": "number"
      },
      "page": {
        "type": "number"
      },
      "pageSize": {
        "type": "number"
      }
    },
    "required": [
      "items",
      "total",
      "page",
      "pageSize"
    ]
  },
  "CaseUiAction": {
    "type": "string",
    "enum": [
      "invite",
      "upload_evidence",
      "download_evidence",
      "accept",
      "decline",
      "assign",
      "withdraw",
      "start_mediation",
      "settle",
      "fail",
      "give_statement"
    ]
  },
  "CategoryList": {
    "type": "array",
    "items": {
      "type": "string"
    }
  },
  "CaucusPeriod": {
    "type": "object",
    "properties": {
      "startedAt": {
        "type": "string"
      },
      "endedAt": {
        "type": "string",
        "nullable": true
      },
      "memberNames": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "required": [
      "startedAt",
      "endedAt",
      "memberNames"
    ]
  },
  "ChatMessageResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "authorId": {
        "type": "string"
      },
      "authorName": {
        "type": "string",
        "nullable": true
      },
      "text": {
        "type": "string"
      },
      "private": {
        "type": "boolean",
        "description": "Said in a caucus: seen only by those who were in it."
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "authorId",
      "authorName",
      "text",
      "private",
      "at"
    ]
  },
  "CommitteeAdminResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "seriesCode": {
        "type": "string"
      },
      "region": {
        "type": "string"
      },
      "courtId": {
        "type": "string",
        "nullable": true
      },
      "courtName": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "id",
      "name",
      "seriesCode",
      "region",
      "courtId",
      "courtName"
    ]
  },
  "CommitteeCertificateResponse": {
    "type": "object",
    "properties": {
      "subject": {
        "type": "string"
      },
      "issuer": {
        "type": "string"
      },
      "notAfter": {
        "type": "string"
      }
    },
    "required": [
      "subject",
      "issuer",
      "notAfter"
    ]
  },
  "CommitteeResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "region": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "name",
      "region"
    ]
  },
  "CommitteeSealResponse": {
    "type": "object",
    "properties": {
      "width": {
        "type": "number"
      },
      "height": {
        "type": "number"
      }
    },
    "required": [
      "width",
      "height"
    ]
  },
  "ConfirmationCosigner": {
    "type": "object",
    "properties": {
      "partyId": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "sideLabel": {
        "type": "string"
      },
      "signed": {
        "type": "boolean"
      },
      "signedAt": {
        "type": "string",
        "nullable": true
      },
      "agentName": {
        "type": "string",
        "nullable": true,
        "description": "An agent (代理人) signed for the party, with a power of attorney."
      },
      "isMe": {
        "type": "boolean"
      }
    },
    "required": [
      "partyId",
      "name",
      "sideLabel",
      "signed",
      "signedAt",
      "agentName",
      "isMe"
    ]
  },
  "ConfirmationResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "kind": {
        "$ref": "#/components/schemas/CourtItemKind"
      },
      "caseId": {
        "type": "string"
      },
      "caseNumber": {
        "type": "string"
      },
      "agreementId": {
        "type": "string",
        "nullable": true
      },
      "court": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ]
      },
      "subjectLocation": {
        "type": "string",
        "nullable": true,
        "description": "标的物所在地 as the applicant gave it (when the court is that of the subject matter's place)."
      },
      "status": {
        "$ref": "#/components/schemas/CourtItemStatus"
      },
      "statusLabel": {
        "type": "string"
      },
      "cosigners": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ConfirmationCosigner"
        }
      },
      "receivedAt": {
        "type": "string",
        "nullable": true
      },
      "acceptBy": {
        "type": "string",
        "nullable": true,
        "description": "Last days (YYYY-MM-DD, Asia/Shanghai), counted by 民事诉讼法 art. 85."
      },
      "acceptedAt": {
        "type": "string",
        "nullable": true
      },
      "courtCaseNumber": {
        "type": "string",
        "nullable": true
      },
      "decideBy": {
        "type": "string",
        "nullable": true
      },
      "extendedTo": {
        "type": "string",
        "nullable": true
      },
      "decidedAt": {
        "type": "string",
        "nullable": true
      },
      "reasons": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Refusal or rejection reasons (codes) with their labels."
      },
      "reasonLabels": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "text": {
        "type": "string",
        "nullable": true
      },
      "overdue": {
        "type": "boolean"
      },
      "actions": {
        "type": "array",
        "items": {
          "type": "string",
          "enum": [
            "accept",
            "withdraw",
            "cosign",
            "refuse",
            "extend",
            "decide",
            "register",
            "return",
            "ask",
            "answer",
            "hearing"
          ]
        },
        "description": "What the viewer may do now."
      },
      "applicationUrl": {
        "type": "string",
        "nullable": true,
        "description": "The application form and, once decided, the ruling (PDF downloads)."
      },
      "rulingUrl": {
        "type": "string",
        "nullable": true
      },
      "rulingVerifyCode": {
        "type": "string",
        "nullable": true
      },
      "questions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CourtQuestionResponse"
        }
      },
      "waysForward": {
        "type": "string",
        "nullable": true,
        "description": "After a rejection or refusal: what the parties can do next."
      },
      "details": {
        "type": "object",
        "properties": {
          "obligations": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "index": {
                  "type": "number"
                },
                "text": {
                  "type": "string"
                }
              },
              "required": [
                "index",
                "text"
              ]
            }
          },
          "summary": {
            "type": "string"
          }
        },
        "description": "Enforcement: the obligations listed as not performed; litigation: the package's summary."
      },
      "hearingSessionId": {
        "type": "string",
        "nullable": true,
        "description": "A hearing by video the judge opened on it and has not ended (join at /sessions/:id)."
      }
    },
    "required": [
      "id",
      "kind",
      "caseId",
      "caseNumber",
      "agreementId",
      "court",
      "subjectLocation",
      "status",
      "statusLabel",
      "cosigners",
      "receivedAt",
      "acceptBy",
      "acceptedAt",
      "courtCaseNumber",
      "decideBy",
      "extendedTo",
      "decidedAt",
      "reasons",
      "reasonLabels",
      "text",
      "overdue",
      "actions",
      "applicationUrl",
      "rulingUrl",
      "rulingVerifyCode",
      "questions",
      "waysForward",
      "details",
      "hearingSessionId"
    ]
  },
  "ConfirmationStatusResponse": {
    "type": "object",
    "properties": {
      "agreementId": {
        "type": "string"
      },
      "effectiveAt": {
        "type": "string",
        "nullable": true
      },
      "applyBy": {
        "type": "string",
        "nullable": true,
        "description": "The 30th day after the agreement took effect (人民调解法 art. 33)."
      },
      "mayApply": {
        "type": "boolean"
      },
      "refusal": {
        "type": "string",
        "nullable": true,
        "description": "Why not, and what to do instead."
      },
      "latest": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ConfirmationResponse"
          }
        ],
        "nullable": true
      },
      "enforcement": {
        "allOf": [
          {
            "$ref": "#/components/schemas/EnforcementInfo"
          }
        ],
        "nullable": true,
        "description": "Once confirmed and with money or acts due: the enforcement period (民事诉讼法 art. 250)."
      }
    },
    "required": [
      "agreementId",
      "effectiveAt",
      "applyBy",
      "mayApply",
      "refusal",
      "latest",
      "enforcement"
    ]
  },
  "CosignCodeSent": {
    "type": "object",
    "properties": {
      "phone": {
        "type": "string"
      },
      "expiresInSeconds": {
        "type": "number"
      },
      "resendAfterSeconds": {
        "type": "number"
      }
    },
    "required": [
      "phone",
      "expiresInSeconds",
      "resendAfterSeconds"
    ]
  },
  "CourtAreaResponse": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "name": {
        "type": "string"
      }
    },
    "required": [
      "code",
      "name"
    ]
  },
  "CourtFeeResponse": {
    "type": "object",
    "properties": {
      "feeFen": {
        "type": "number"
      },
      "mediatedFeeFen": {
        "type": "number"
      },
      "simplifiedFeeFen": {
        "type": "number"
      },
      "basis": {
        "type": "string"
      },
      "feeMaxFen": {
        "type": "number",
        "description": "Upper end where the rules give a range (divorce, other non-property cases); equal to feeFen otherwise."
      },
      "kind": {
        "type": "string",
        "enum": [
          "property",
          "labour",
          "divorce",
          "personality",
          "other_non_property"
        ]
      },
      "amountInWords": {
        "type": "string"
      }
    },
    "required": [
      "feeFen",
      "mediatedFeeFen",
      "simplifiedFeeFen",
      "basis",
      "feeMaxFen",
      "kind",
      "amountInWords"
    ]
  },
  "CourtGuidanceMessage": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "authorName": {
        "type": "string"
      },
      "authorRole": {
        "$ref": "#/components/schemas/Role"
      },
      "body": {
        "type": "string"
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "authorName",
      "authorRole",
      "body",
      "at"
    ]
  },
  "CourtGuidanceThread": {
    "type": "object",
    "properties": {
      "caseId": {
        "type": "string"
      },
      "courtId": {
        "type": "string",
        "nullable": true
      },
      "courtName": {
        "type": "string",
        "nullable": true
      },
      "messages": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CourtGuidanceMessage"
        }
      },
      "mayAsk": {
        "type": "boolean"
      },
      "mayAnswer": {
        "type": "boolean"
      }
    },
    "required": [
      "caseId",
      "courtId",
      "courtName",
      "messages",
      "mayAsk",
      "mayAnswer"
    ]
  },
  "CourtItemKind": {
    "type": "string",
    "enum": [
      "confirmation",
      "litigation",
      "enforcement"
    ]
  },
  "CourtItemStatus": {
    "type": "string",
    "enum": [
      "accepted",
      "rejected",
      "submitted",
      "awaiting_cosign",
      "refused",
      "withdrawn",
      "confirmed",
      "registered",
      "returned"
    ]
  },
  "CourtLevel": {
    "type": "string",
    "enum": [
      "basic",
      "intermediate",
      "high"
    ]
  },
  "CourtNoticeResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "applicationId": {
        "type": "string"
      },
      "kind": {
        "type": "string",
        "enum": [
          "reminder",
          "overdue"
        ]
      },
      "deadline": {
        "type": "string",
        "enum": [
          "accept",
          "decide"
        ]
      },
      "due": {
        "type": "string"
      },
      "caseNumber": {
        "type": "string"
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "applicationId",
      "kind",
      "deadline",
      "due",
      "caseNumber",
      "at"
    ]
  },
  "CourtQuestionResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "authorName": {
        "type": "string"
      },
      "authorLabel": {
        "type": "string",
        "description": "法官 / 申请人 / 被申请人"
      },
      "body": {
        "type": "string"
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "authorName",
      "authorLabel",
      "body",
      "at"
    ]
  },
  "CourtQueueItem": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "kind": {
        "$ref": "#/components/schemas/CourtItemKind"
      },
      "caseNumber": {
        "type": "string"
      },
      "courtCaseNumber": {
        "type": "string",
        "nullable": true
      },
      "status": {
        "$ref": "#/components/schemas/CourtItemStatus"
      },
      "receivedAt": {
        "type": "string"
      },
      "acceptBy": {
        "type": "string"
      },
      "decideBy": {
        "type": "string",
        "nullable": true
      },
      "overdue": {
        "type": "boolean"
      },
      "kindLabel": {
        "type": "string"
      },
      "statusLabel": {
        "type": "string"
      },
      "extendedTo": {
        "type": "string",
        "nullable": true
      },
      "dueSoon": {
        "type": "boolean",
        "description": "The last day falls today or tomorrow."
      },
      "partyNames": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "kind",
      "caseNumber",
      "courtCaseNumber",
      "status",
      "receivedAt",
      "acceptBy",
      "decideBy",
      "overdue",
      "kindLabel",
      "statusLabel",
      "extendedTo",
      "dueSoon",
      "partyNames"
    ]
  },
  "CourtQueueResponse": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CourtQueueItem"
        }
      },
      "counts": {
        "type": "object",
        "properties": {
          "submitted": {
            "type": "number"
          },
          "accepted": {
            "type": "number"
          },
          "confirmed": {
            "type": "number"
          },
          "rejected": {
            "type": "number"
          },
          "refused": {
            "type": "number"
          },
          "withdrawn": {
            "type": "number"
          },
          "registered": {
            "type": "number"
          },
          "returned": {
            "type": "number"
          },
          "overdue": {
            "type": "number"
          },
          "dueSoon": {
            "type": "number"
          }
        },
        "required": [
          "submitted",
          "accepted",
          "confirmed",
          "rejected",
          "refused",
          "withdrawn",
          "registered",
          "returned",
          "overdue",
          "dueSoon"
        ]
      },
      "viewerTitle": {
        "type": "string",
        "enum": [
          "judge",
          "clerk",
          "president"
        ],
        "nullable": true
      },
      "notices": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CourtNoticeResponse"
        }
      },
      "presidents": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "name"
          ]
        },
        "description": "The court's president(s), who approve an extension."
      }
    },
    "required": [
      "items",
      "counts",
      "viewerTitle",
      "notices",
      "presidents"
    ]
  },
  "CourtResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "code": {
        "type": "string",
        "description": "法院代字, e.g. 渝0117."
      },
      "level": {
        "type": "string",
        "enum": [
          "basic",
          "intermediate",
          "high"
        ],
        "nullable": true
      },
      "superiorCourtId": {
        "type": "string",
        "nullable": true
      },
      "region": {
        "type": "string"
      },
      "areas": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CourtAreaResponse"
        }
      }
    },
    "required": [
      "id",
      "name",
      "code",
      "level",
      "superiorCourtId",
      "region",
      "areas"
    ]
  },
  "CourtTitle": {
    "type": "string",
    "enum": [
      "judge",
      "clerk",
      "president"
    ]
  },
  "DocBlockResponse": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "title",
          "subtitle",
          "heading",
          "paragraph",
          "right",
          "table",
          "signature",
          "seal"
        ]
      },
      "text": {
        "type": "string"
      },
      "indent": {
        "oneOf": [
          {
            "type": "number",
            "enum": [
              0
            ]
          },
          {
            "type": "number",
            "enum": [
              1
            ]
          },
          {
            "type": "number",
            "enum": [
              2
            ]
          }
        ]
      },
      "rows": {
        "type": "array",
        "items": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "slot": {
        "type": "string"
      },
      "label": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "note": {
        "type": "string"
      },
      "committee": {
        "type": "string"
      },
      "date": {
        "type": "string"
      }
    },
    "required": [
      "type"
    ]
  },
  "DocumentTypeName": {
    "type": "string",
    "enum": [
      "agreement",
      "session_record",
      "confirmation_application",
      "ruling",
      "mediation_termination",
      "enforcement_application",
      "litigation_package"
    ]
  },
  "EligibleCourt": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "reason": {
        "type": "string",
        "description": "Why this court may confirm (民事诉讼法 art. 205): 调解组织所在地基层人民法院, 当事人住所地 …, 委派调解的人民法院."
      }
    },
    "required": [
      "id",
      "name",
      "reason"
    ]
  },
  "EnforcementInfo": {
    "type": "object",
    "properties": {
      "lastDueDate": {
        "type": "string"
      },
      "applyBy": {
        "type": "string",
        "description": "Last day to apply for enforcement: two years from the last due date."
      },
      "daysLeft": {
        "type": "number"
      },
      "obligations": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "index": {
              "type": "number"
            },
            "text": {
              "type": "string"
            }
          },
          "required": [
            "index",
            "text"
          ]
        }
      },
      "latest": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ConfirmationResponse"
          }
        ],
        "nullable": true
      }
    },
    "required": [
      "lastDueDate",
      "applyBy",
      "daysLeft",
      "obligations",
      "latest"
    ]
  },
  "ErrorResponse": {
    "type": "object",
    "properties": {
      "statusCode": {
        "type": "number"
      },
      "code": {
        "type": "string"
      },
      "message": {
        "type": "string"
      },
      "errors": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "field": {
              "type": "string"
            },
            "message": {
              "type": "string"
            }
          },
          "required": [
            "field",
            "message"
          ]
        },
        "description": "Field by field, for validation errors (`respondents.0.idNumber`)."
      }
    },
    "required": [
      "statusCode",
      "code",
      "message"
    ]
  },
  "EstimateResponse": {
    "type": "object",
    "properties": {
      "category": {
        "type": "string"
      },
      "band": {
        "type": "object",
        "properties": {
          "minFen": {
            "type": "number"
          },
          "maxFen": {
            "type": "number",
            "nullable": true
          },
          "label": {
            "type": "string"
          }
        },
        "required": [
          "minFen",
          "maxFen",
          "label"
        ]
      },
      "settlementRate": {
        "$ref": "#/components/schemas/RateFigure"
      },
      "settledShare": {
        "$ref": "#/components/schemas/SpreadFigure"
      },
      "daysToClose": {
        "$ref": "#/components/schemas/SpreadFigure"
      },
      "confirmationRate": {
        "$ref": "#/components/schemas/RateFigure"
      },
      "minSample": {
        "type": "number"
      },
      "method": {
        "type": "string"
      },
      "cases": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "reference": {
              "type": "string"
            },
            "origin": {
              "type": "string"
            },
            "outcome": {
              "type": "string"
            },
            "outcomeLabel": {
              "type": "string"
            },
            "claimAmountFen": {
              "type": "number"
            },
            "settledAmountFen": {
              "type": "number",
              "nullable": true
            },
            "daysToClose": {
              "type": "number",
              "nullable": true
            },
            "confirmed": {
              "type": "boolean",
              "nullable": true
            }
          },
          "required": [
            "id",
            "reference",
            "origin",
            "outcome",
            "outcomeLabel",
            "claimAmountFen",
            "settledAmountFen",
            "daysToClose",
            "confirmed"
          ]
        }
      }
    },
    "required": [
      "category",
      "band",
      "settlementRate",
      "settledShare",
      "daysToClose",
      "confirmationRate",
      "minSample",
      "method",
      "cases"
    ]
  },
  "EvidenceResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "fileName": {
        "type": "string"
      },
      "mimeType": {
        "type": "string"
      },
      "sizeBytes": {
        "type": "number"
      },
      "sha256": {
        "type": "string"
      },
      "description": {
        "type": "string",
        "nullable": true
      },
      "uploadedAt": {
        "type": "string"
      },
      "uploadedByName": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "fileName",
      "mimeType",
      "sizeBytes",
      "sha256",
      "description",
      "uploadedAt",
      "uploadedByName"
    ]
  },
  "FollowUpStatus": {
    "type": "string",
    "enum": [
      "scheduled",
      "due",
      "on_time",
      "late",
      "partly",
      "unpaid"
    ]
  },
  "FollowUpTaskResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "agreementId": {
        "type": "string"
      },
      "caseId": {
        "type": "string"
      },
      "kind": {
        "type": "string",
        "enum": [
          "act",
          "payment"
        ]
      },
      "description": {
        "type": "string"
      },
      "debtorName": {
        "type": "string"
      },
      "creditorName": {
        "type": "string",
        "nullable": true
      },
      "amountFen": {
        "type": "number",
        "nullable": true
      },
      "dueDate": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/FollowUpStatus"
      },
      "statusLabel": {
        "type": "string"
      },
      "performedOn": {
        "type": "string",
        "nullable": true
      },
      "note": {
        "type": "string",
        "nullable": true
      },
      "payments": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PaymentReportResponse"
        }
      },
      "enforcement": {
        "type": "object",
        "properties": {
          "href": {
            "type": "string"
          }
        },
        "required": [
          "href"
        ],
        "nullable": true,
        "description": "An unpaid (or partly paid) obligation of a judicially confirmed agreement: the creditor may apply for enforcement (强制执行)."
      },
      "canRecord": {
        "type": "boolean"
      },
      "canReport": {
        "type": "boolean"
      }
    },
    "required": [
      "id",
      "agreementId",
      "caseId",
      "kind",
      "description",
      "debtorName",
      "creditorName",
      "amountFen",
      "dueDate",
      "status",
      "statusLabel",
      "performedOn",
      "note",
      "payments",
      "enforcement",
      "canRecord",
      "canReport"
    ]
  },
  "HealthResponse": {
    "type": "object",
    "properties": {
      "status": {
        "type": "string",
        "enum": [
          "ok",
          "degraded"
        ],
        "description": "degraded: the database does not answer."
      },
      "database": {
        "type": "string",
        "enum": [
          "up",
          "down"
        ]
      },
      "uptimeSeconds": {
        "type": "number"
      }
    },
    "required": [
      "status",
      "database",
      "uptimeSeconds"
    ]
  },
  "HearingOpened": {
    "type": "object",
    "properties": {
      "sessionId": {
        "type": "string"
      }
    },
    "required": [
      "sessionId"
    ]
  },
  "HolidayYearResponse": {
    "type": "object",
    "properties": {
      "year": {
        "type": "number"
      },
      "days": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "date": {
              "type": "string"
            },
            "kind": {
              "type": "string",
              "enum": [
                "holiday",
                "workday"
              ]
            },
            "name": {
              "type": "string"
            }
          },
          "required": [
            "date",
            "kind",
            "name"
          ]
        }
      }
    },
    "required": [
      "year",
      "days"
    ]
  },
  "InvitationCreated": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "partyId": {
        "type": "string"
      },
      "expiresAt": {
        "type": "string"
      },
      "sms": {
        "type": "string",
        "enum": [
          "queued",
          "unavailable"
        ],
        "description": "queued: the SMS with the link goes to `smsTo` now; unavailable: no SMS provider for it, send the link yourself."
      },
      "smsTo": {
        "type": "string",
        "description": "Masked phone the SMS goes to."
      }
    },
    "required": [
      "code",
      "partyId",
      "expiresAt",
      "sms",
      "smsTo"
    ]
  },
  "InvitationStatus": {
    "type": "string",
    "enum": [
      "pending",
      "accepted",
      "declined",
      "revoked"
    ]
  },
  "InvitationView": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "status": {
        "type": "string",
        "enum": [
          "pending",
          "accepted",
          "declined",
          "revoked",
          "expired"
        ]
      },
      "invitedName": {
        "type": "string"
      },
      "invitedPhone": {
        "type": "string",
        "description": "Masked."
      },
      "case": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "caseNumber": {
            "type": "string",
            "nullable": true
          },
          "category": {
            "type": "string"
          },
          "facts": {
            "type": "string"
          },
          "claims": {
            "type": "string"
          },
          "claimAmountFen": {
            "type": "number"
          },
          "disputeDate": {
            "type": "string"
          },
          "applicantName": {
            "type": "string"
          },
          "committeeName": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "caseNumber",
          "category",
          "facts",
          "claims",
          "claimAmountFen",
          "disputeDate",
          "applicantName",
          "committeeName"
        ]
      },
      "evidence": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/EvidenceResponse"
        },
        "description": "The evidence the applicant filed, for the invited respondent to read before deciding (files: …/evidence/:id/download)."
      }
    },
    "required": [
      "code",
      "status",
      "invitedName",
      "invitedPhone",
      "case",
      "evidence"
    ]
  },
  "KindPreference": {
    "type": "object",
    "properties": {
      "kind": {
        "$ref": "#/components/schemas/NotificationKind"
      },
      "label": {
        "type": "string"
      },
      "sms": {
        "type": "boolean"
      },
      "email": {
        "type": "boolean"
      },
      "locked": {
        "type": "boolean"
      }
    },
    "required": [
      "kind",
      "label",
      "sms",
      "email",
      "locked"
    ]
  },
  "LeaveResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "startsAt": {
        "type": "string"
      },
      "endsAt": {
        "type": "string"
      },
      "reason": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "startsAt",
      "endsAt",
      "reason"
    ]
  },
  "LintFinding": {
    "type": "object",
    "properties": {
      "code": {
        "type": "string"
      },
      "level": {
        "type": "string",
        "enum": [
          "error",
          "warning"
        ]
      },
      "message": {
        "type": "string"
      },
      "obligation": {
        "type": "number",
        "description": "Index of the obligation it is about, when it is about one."
      },
      "basis": {
        "type": "string",
        "description": "The rule it checks, e.g. 法释〔2011〕5号 第四条."
      }
    },
    "required": [
      "code",
      "level",
      "message"
    ]
  },
  "LiveCaseChanged": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "case.changed"
        ]
      },
      "caseId": {
        "type": "string"
      },
      "reason": {
        "type": "string",
        "description": "The domain event behind it (`case.transitioned`, `invitation.answered`, `session.opened` …)."
      },
      "action": {
        "type": "string",
        "description": "For `case.transitioned`, the move (`accept`, `assign` …)."
      },
      "sessionId": {
        "type": "string"
      },
      "actorId": {
        "type": "string",
        "description": "Who made the change, when one person did (the client shows no notice for one's own action)."
      },
      "summary": {
        "type": "string",
        "description": "One short Chinese sentence for a live notice (被申请人已同意调解); absent when nothing is worth a notice."
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "type",
      "caseId",
      "reason",
      "at"
    ]
  },
  "LiveHello": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "hello"
        ]
      },
      "userId": {
        "type": "string"
      },
      "expiresAt": {
        "type": "string",
        "description": "When the server will close this stream (the access token's expiry): reconnect with a fresh token."
      }
    },
    "required": [
      "type",
      "userId",
      "expiresAt"
    ]
  },
  "LiveMessage": {
    "oneOf": [
      {
        "$ref": "#/components/schemas/LiveHello"
      },
      {
        "$ref": "#/components/schemas/LiveCaseChanged"
      },
      {
        "$ref": "#/components/schemas/LiveUnreadCount"
      }
    ]
  },
  "LiveUnreadCount": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "notifications.unread"
        ]
      },
      "unread": {
        "type": "number"
      }
    },
    "required": [
      "type",
      "unread"
    ]
  },
  "LoanDetails": {
    "type": "object",
    "properties": {
      "contractDate": {
        "type": "string"
      },
      "principalFen": {
        "type": "number"
      },
      "agreedRateBp": {
        "type": "number",
        "nullable": true,
        "description": "Yearly, in basis points; null = no interest agreed."
      },
      "dueDate": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "contractDate",
      "principalFen",
      "agreedRateBp",
      "dueDate"
    ]
  },
  "LprRateResponse": {
    "type": "object",
    "properties": {
      "effectiveDate": {
        "type": "string"
      },
      "oneYearBp": {
        "type": "number",
        "description": "One-year LPR in basis points (3.45 % = 345)."
      },
      "oneYearPercent": {
        "type": "string",
        "description": "\"3.45\""
      },
      "source": {
        "type": "string"
      },
      "updatedAt": {
        "type": "string"
      }
    },
    "required": [
      "effectiveDate",
      "oneYearBp",
      "oneYearPercent",
      "source",
      "updatedAt"
    ]
  },
  "MediationClock": {
    "type": "object",
    "properties": {
      "caseId": {
        "type": "string"
      },
      "acceptedAt": {
        "type": "string",
        "nullable": true
      },
      "dueAt": {
        "type": "string",
        "nullable": true
      },
      "daysLeft": {
        "type": "number",
        "nullable": true,
        "description": "Whole days left (negative: overrun)."
      },
      "overrun": {
        "type": "boolean"
      },
      "extensions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/MediationExtensionResponse"
        }
      },
      "mayRequestExtension": {
        "type": "boolean"
      },
      "mayAnswerExtension": {
        "type": "boolean"
      }
    },
    "required": [
      "caseId",
      "acceptedAt",
      "dueAt",
      "daysLeft",
      "overrun",
      "extensions",
      "mayRequestExtension",
      "mayAnswerExtension"
    ]
  },
  "MediationExtensionResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "days": {
        "type": "number"
      },
      "reason": {
        "type": "string"
      },
      "status": {
        "type": "string",
        "enum": [
          "pending",
          "refused",
          "agreed"
        ]
      },
      "answers": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "userId": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "agreed": {
              "type": "boolean"
            },
            "at": {
              "type": "string"
            }
          },
          "required": [
            "userId",
            "name",
            "agreed",
            "at"
          ]
        }
      },
      "waitingFor": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Parties who still have to answer."
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "days",
      "reason",
      "status",
      "answers",
      "waitingFor",
      "at"
    ]
  },
  "MediatorAffiliation": {
    "type": "string",
    "enum": [
      "committee",
      "court_invited",
      "lawyer_studio",
      "trade_body"
    ]
  },
  "MediatorCard": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "organizationId": {
        "type": "string",
        "nullable": true
      },
      "organizationName": {
        "type": "string"
      },
      "affiliation": {
        "$ref": "#/components/schemas/MediatorAffiliation"
      },
      "affiliationLabel": {
        "type": "string"
      },
      "specialties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "languages": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "yearsOfExperience": {
        "type": "number"
      },
      "introduction": {
        "type": "string"
      },
      "photoUrl": {
        "type": "string",
        "nullable": true,
        "description": "A public URL (no login needed), or null without a photo."
      },
      "offices": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/MediatorOfficeResponse"
        }
      },
      "figures": {
        "$ref": "#/components/schemas/MediatorFigures"
      }
    },
    "required": [
      "id",
      "name",
      "organizationId",
      "organizationName",
      "affiliation",
      "affiliationLabel",
      "specialties",
      "languages",
      "yearsOfExperience",
      "introduction",
      "photoUrl",
      "offices",
      "figures"
    ]
  },
  "MediatorChoice": {
    "type": "object",
    "properties": {
      "caseId": {
        "type": "string"
      },
      "chooser": {
        "type": "string",
        "enum": [
          "committee",
          "parties"
        ],
        "description": "parties: the parties choose until `dueAt`; committee: they did not agree in time, the committee assigns."
      },
      "dueAt": {
        "type": "string",
        "nullable": true
      },
      "proposals": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/MediatorProposalResponse"
        }
      },
      "offeredMediator": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ],
        "nullable": true
      },
      "mediator": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ],
        "nullable": true
      },
      "replacements": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/MediatorReplacementResponse"
        }
      },
      "mayPropose": {
        "type": "boolean"
      },
      "mayAnswerOffer": {
        "type": "boolean"
      },
      "mayRequestReplacement": {
        "type": "boolean"
      },
      "mayDecideReplacement": {
        "type": "boolean"
      }
    },
    "required": [
      "caseId",
      "chooser",
      "dueAt",
      "proposals",
      "offeredMediator",
      "mediator",
      "replacements",
      "mayPropose",
      "mayAnswerOffer",
      "mayRequestReplacement",
      "mayDecideReplacement"
    ]
  },
  "MediatorFigures": {
    "type": "object",
    "properties": {
      "casesHandled": {
        "type": "number"
      },
      "settlementRate": {
        "type": "number",
        "nullable": true,
        "description": "settled ÷ closed (settled or failed); null before the first closed case."
      },
      "medianDaysToClose": {
        "type": "number",
        "nullable": true
      },
      "openCaseload": {
        "type": "number"
      },
      "satisfaction": {
        "type": "number",
        "nullable": true,
        "description": "From follow-up (回访) once it exists; null until then."
      }
    },
    "required": [
      "casesHandled",
      "settlementRate",
      "medianDaysToClose",
      "openCaseload",
      "satisfaction"
    ]
  },
  "MediatorOfficeResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "address": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "name",
      "address"
    ]
  },
  "MediatorPage": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/MediatorCard"
        }
      },
      "total": {
        "type": "number"
      },
      "page": {
        "type": "number"
      },
      "pageSize": {
        "type": "number"
      }
    },
    "required": [
      "items",
      "total",
      "page",
      "pageSize"
    ]
  },
  "MediatorProfileDetail": {
    "type": "object",
    "properties": {
      "weeklyHours": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/WeeklyHoursResponse"
        }
      },
      "leave": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/LeaveResponse"
        }
      },
      "calendarFeedUrl": {
        "type": "string",
        "nullable": true,
        "description": "Only for the mediator himself: the secret calendar feed to subscribe to (.ics)."
      },
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "organizationId": {
        "type": "string",
        "nullable": true
      },
      "organizationName": {
        "type": "string"
      },
      "affiliation": {
        "$ref": "#/components/schemas/MediatorAffiliation"
      },
      "affiliationLabel": {
        "type": "string"
      },
      "specialties": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "languages": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "yearsOfExperience": {
        "type": "number"
      },
      "introduction": {
        "type": "string"
      },
      "photoUrl": {
        "type": "string",
        "nullable": true,
        "description": "A public URL (no login needed), or null without a photo."
      },
      "offices": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/MediatorOfficeResponse"
        }
      },
      "figures": {
        "$ref": "#/components/schemas/MediatorFigures"
      }
    },
    "required": [
      "weeklyHours",
      "leave",
      "calendarFeedUrl",
      "id",
      "name",
      "organizationId",
      "organizationName",
      "affiliation",
      "affiliationLabel",
      "specialties",
      "languages",
      "yearsOfExperience",
      "introduction",
      "photoUrl",
      "offices",
      "figures"
    ]
  },
  "MediatorProposalResponse": {
    "type": "object",
    "properties": {
      "side": {
        "type": "string",
        "enum": [
          "applicant",
          "respondent"
        ]
      },
      "mediatorId": {
        "type": "string"
      },
      "mediatorName": {
        "type": "string"
      },
      "proposedByName": {
        "type": "string"
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "side",
      "mediatorId",
      "mediatorName",
      "proposedByName",
      "at"
    ]
  },
  "MediatorQueue": {
    "type": "object",
    "properties": {
      "offered": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "caseId": {
              "type": "string"
            },
            "caseNumber": {
              "type": "string",
              "nullable": true
            },
            "category": {
              "type": "string"
            }
          },
          "required": [
            "caseId",
            "caseNumber",
            "category"
          ]
        }
      },
      "cases": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "caseId": {
              "type": "string"
            },
            "caseNumber": {
              "type": "string",
              "nullable": true
            },
            "category": {
              "type": "string"
            },
            "status": {
              "type": "string",
              "enum": [
                "accepted",
                "declined",
                "refused",
                "withdrawn",
                "confirmed",
                "filed",
                "mediator_assigned",
                "in_mediation",
                "settled",
                "failed",
                "confirmation_requested",
                "confirmation_rejected"
              ]
            },
            "statusLabel": {
              "type": "string"
            }
          },
          "required": [
            "caseId",
            "caseNumber",
            "category",
            "status",
            "statusLabel"
          ]
        }
      },
      "sessions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SessionSummary"
        }
      }
    },
    "required": [
      "offered",
      "cases",
      "sessions"
    ]
  },
  "MediatorRanking": {
    "type": "object",
    "properties": {
      "caseId": {
        "type": "string"
      },
      "category": {
        "type": "string"
      },
      "languages": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "meanSettlementRate": {
        "type": "number"
      },
      "candidateCount": {
        "type": "number",
        "description": "How many mediators could take the case (all were scored); `ranked` holds the best 20."
      },
      "ranked": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/RankedMediator"
        }
      },
      "excludedCount": {
        "type": "number",
        "description": "Left out for a conflict of interest; names only for the committee."
      },
      "excluded": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "mediatorId": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "reason": {
              "type": "string"
            }
          },
          "required": [
            "mediatorId",
            "name",
            "reason"
          ]
        }
      }
    },
    "required": [
      "caseId",
      "category",
      "languages",
      "meanSettlementRate",
      "candidateCount",
      "ranked",
      "excludedCount",
      "excluded"
    ]
  },
  "MediatorReplacementResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "mediatorName": {
        "type": "string"
      },
      "requestedByName": {
        "type": "string"
      },
      "reason": {
        "type": "string"
      },
      "status": {
        "type": "string",
        "enum": [
          "pending",
          "refused",
          "granted"
        ]
      },
      "statusLabel": {
        "type": "string"
      },
      "decisionNote": {
        "type": "string",
        "nullable": true
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "mediatorName",
      "requestedByName",
      "reason",
      "status",
      "statusLabel",
      "decisionNote",
      "at"
    ]
  },
  "MediatorSlots": {
    "type": "object",
    "properties": {
      "mediatorId": {
        "type": "string"
      },
      "fromDate": {
        "type": "string"
      },
      "days": {
        "type": "number"
      },
      "slotMinutes": {
        "type": "number"
      },
      "slots": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SlotResponse"
        }
      }
    },
    "required": [
      "mediatorId",
      "fromDate",
      "days",
      "slotMinutes",
      "slots"
    ]
  },
  "MeResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "phone": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "role": {
        "$ref": "#/components/schemas/Role"
      },
      "organization": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "partner",
              "committee",
              "court"
            ]
          }
        },
        "required": [
          "id",
          "name",
          "kind"
        ],
        "nullable": true
      },
      "elderMode": {
        "type": "boolean",
        "description": "长辈模式 (remembered per user; PATCH /api/me/preferences)."
      }
    },
    "required": [
      "id",
      "phone",
      "name",
      "role",
      "organization",
      "elderMode"
    ]
  },
  "MySatisfaction": {
    "type": "object",
    "properties": {
      "mine": {
        "allOf": [
          {
            "$ref": "#/components/schemas/SatisfactionResponse"
          }
        ],
        "nullable": true
      },
      "canRate": {
        "type": "boolean"
      }
    },
    "required": [
      "mine",
      "canRate"
    ]
  },
  "NotificationItem": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "kind": {
        "$ref": "#/components/schemas/NotificationKind"
      },
      "title": {
        "type": "string"
      },
      "body": {
        "type": "string"
      },
      "caseId": {
        "type": "string",
        "nullable": true
      },
      "link": {
        "type": "string",
        "nullable": true,
        "description": "Where it leads in the app."
      },
      "read": {
        "type": "boolean"
      },
      "createdAt": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "kind",
      "title",
      "body",
      "caseId",
      "link",
      "read",
      "createdAt"
    ]
  },
  "NotificationKind": {
    "type": "string",
    "enum": [
      "agreement",
      "case",
      "invitation",
      "session",
      "evidence",
      "service",
      "referral",
      "follow_up",
      "deadline"
    ]
  },
  "NotificationList": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/NotificationItem"
        }
      },
      "unread": {
        "type": "number"
      }
    },
    "required": [
      "items",
      "unread"
    ]
  },
  "NotificationPreferences": {
    "type": "object",
    "properties": {
      "email": {
        "type": "string",
        "nullable": true,
        "description": "Where e-mail notices go; none = no e-mail. SMS goes to the account's phone."
      },
      "kinds": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/KindPreference"
        }
      }
    },
    "required": [
      "email",
      "kinds"
    ]
  },
  "Obligation": {
    "oneOf": [
      {
        "$ref": "#/components/schemas/PaymentObligation"
      },
      {
        "$ref": "#/components/schemas/ActObligation"
      }
    ]
  },
  "OutboxItem": {
    "type": "object",
    "properties": {
      "phone": {
        "type": "string"
      },
      "purpose": {
        "type": "string"
      },
      "code": {
        "type": "string"
      },
      "text": {
        "type": "string"
      },
      "sentAt": {
        "type": "string"
      }
    },
    "required": [
      "phone",
      "purpose",
      "code",
      "text",
      "sentAt"
    ]
  },
  "OutboxResponse": {
    "type": "object",
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/OutboxItem"
        }
      }
    },
    "required": [
      "items"
    ]
  },
  "OverrunCase": {
    "type": "object",
    "properties": {
      "caseId": {
        "type": "string"
      },
      "caseNumber": {
        "type": "string",
        "nullable": true
      },
      "mediatorName": {
        "type": "string",
        "nullable": true
      },
      "dueAt": {
        "type": "string"
      },
      "daysOver": {
        "type": "number"
      }
    },
    "required": [
      "caseId",
      "caseNumber",
      "mediatorName",
      "dueAt",
      "daysOver"
    ]
  },
  "ParticipantRole": {
    "type": "string",
    "enum": [
      "party",
      "host",
      "guide"
    ]
  },
  "PartnerApiKeyCreated": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "prefix": {
        "type": "string"
      },
      "key": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "prefix",
      "key"
    ]
  },
  "PartnerReferralResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "referenceId": {
        "type": "string",
        "nullable": true
      },
      "partnerId": {
        "type": "string"
      },
      "partnerName": {
        "type": "string"
      },
      "partnerType": {
        "$ref": "#/components/schemas/PartnerType"
      },
      "committeeId": {
        "type": "string"
      },
      "committeeName": {
        "type": "string"
      },
      "category": {
        "type": "string"
      },
      "facts": {
        "type": "string"
      },
      "claims": {
        "type": "string"
      },
      "claimAmountFen": {
        "type": "number"
      },
      "disputeDate": {
        "type": "string"
      },
      "applicant": {
        "$ref": "#/components/schemas/ReferralContact"
      },
      "respondents": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ReferralContact"
        }
      },
      "status": {
        "$ref": "#/components/schemas/PartnerReferralStatus"
      },
      "statusLabel": {
        "type": "string"
      },
      "caseId": {
        "type": "string",
        "nullable": true,
        "description": "The case it became, once accepted."
      },
      "caseNumber": {
        "type": "string",
        "nullable": true
      },
      "forwardedTo": {
        "type": "string",
        "nullable": true
      },
      "declineReason": {
        "type": "string",
        "nullable": true
      },
      "attachments": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "fileName": {
              "type": "string"
            },
            "sizeBytes": {
              "type": "number"
            }
          },
          "required": [
            "id",
            "fileName",
            "sizeBytes"
          ]
        }
      },
      "createdAt": {
        "type": "string"
      },
      "decidedAt": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "id",
      "referenceId",
      "partnerId",
      "partnerName",
      "partnerType",
      "committeeId",
      "committeeName",
      "category",
      "facts",
      "claims",
      "claimAmountFen",
      "disputeDate",
      "applicant",
      "respondents",
      "status",
      "statusLabel",
      "caseId",
      "caseNumber",
      "forwardedTo",
      "declineReason",
      "attachments",
      "createdAt",
      "decidedAt"
    ]
  },
  "PartnerReferralStatus": {
    "type": "string",
    "enum": [
      "accepted",
      "declined",
      "submitted",
      "forwarded"
    ]
  },
  "PartnerResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "partnerType": {
        "$ref": "#/components/schemas/PartnerType"
      },
      "region": {
        "type": "string"
      },
      "apiKeys": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "prefix": {
              "type": "string"
            },
            "createdAt": {
              "type": "string"
            },
            "revokedAt": {
              "type": "string",
              "nullable": true
            }
          },
          "required": [
            "id",
            "prefix",
            "createdAt",
            "revokedAt"
          ]
        }
      }
    },
    "required": [
      "id",
      "name",
      "partnerType",
      "region",
      "apiKeys"
    ]
  },
  "PartnerType": {
    "type": "string",
    "enum": [
      "grid",
      "police",
      "petition",
      "court_filing"
    ]
  },
  "PartyDetailsSaved": {
    "type": "object",
    "properties": {
      "saved": {
        "type": "boolean"
      }
    },
    "required": [
      "saved"
    ]
  },
  "PartyResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "side": {
        "type": "string",
        "enum": [
          "applicant",
          "respondent"
        ]
      },
      "type": {
        "type": "string",
        "enum": [
          "person",
          "organization"
        ]
      },
      "name": {
        "type": "string"
      },
      "phone": {
        "type": "string",
        "nullable": true,
        "description": "Masked (138****8000) unless it is the viewer's own."
      },
      "idNumber": {
        "type": "string",
        "nullable": true,
        "description": "Masked (110105********002X) unless it is the viewer's own."
      },
      "creditCode": {
        "type": "string",
        "nullable": true
      },
      "consent": {
        "type": "string",
        "enum": [
          "pending",
          "refused",
          "agreed"
        ]
      },
      "userId": {
        "type": "string",
        "nullable": true,
        "description": "The account that acts for this party once linked (null before the respondent answers)."
      },
      "isMe": {
        "type": "boolean"
      },
      "actsForMe": {
        "type": "boolean",
        "description": "The viewer is this party or its approved agent (代理人): he gives its details and comments for it."
      },
      "invitation": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "accepted",
              "declined",
              "revoked",
              "expired"
            ]
          }
        },
        "required": [
          "code",
          "status"
        ],
        "nullable": true,
        "description": "The latest invitation, for those who may invite."
      },
      "domicile": {
        "type": "string",
        "nullable": true,
        "description": "住所, 送达地址 and consent to 电子送达, as the party gave them for the agreement (null until then)."
      },
      "serviceAddress": {
        "type": "string",
        "nullable": true
      },
      "eServiceConsent": {
        "type": "boolean",
        "nullable": true
      },
      "representativeName": {
        "type": "string",
        "nullable": true,
        "description": "An organisation's legal representative or authorised employee, who signs for it."
      },
      "representativeTitle": {
        "type": "string",
        "nullable": true
      },
      "hasSeal": {
        "type": "boolean",
        "description": "An organisation has put its seal image on file; it appears beside its representative's signature."
      },
      "summaryReuseConsent": {
        "type": "boolean",
        "nullable": true,
        "description": "Consent to reuse the closed case's anonymised summary for similar-case search: the applicant's (given at filing) or\nthe respondent's own; null = not asked yet. A summary is made only when every party said yes."
      }
    },
    "required": [
      "id",
      "side",
      "type",
      "name",
      "phone",
      "idNumber",
      "creditCode",
      "consent",
      "userId",
      "isMe",
      "invitation",
      "domicile",
      "serviceAddress",
      "eServiceConsent",
      "representativeName",
      "representativeTitle",
      "hasSeal",
      "summaryReuseConsent"
    ]
  },
  "PartySide": {
    "type": "string",
    "enum": [
      "applicant",
      "respondent"
    ]
  },
  "PartyStatementResponse": {
    "type": "object",
    "properties": {
      "partyId": {
        "type": "string"
      },
      "partyName": {
        "type": "string"
      },
      "side": {
        "type": "string",
        "enum": [
          "applicant",
          "respondent"
        ]
      },
      "text": {
        "type": "string"
      },
      "isMine": {
        "type": "boolean"
      },
      "updatedAt": {
        "type": "string"
      }
    },
    "required": [
      "partyId",
      "partyName",
      "side",
      "text",
      "isMine",
      "updatedAt"
    ]
  },
  "PaymentInstalment": {
    "type": "object",
    "properties": {
      "amountFen": {
        "type": "number"
      },
      "dueDate": {
        "type": "string"
      }
    },
    "required": [
      "amountFen",
      "dueDate"
    ]
  },
  "PaymentObligation": {
    "type": "object",
    "properties": {
      "kind": {
        "type": "string",
        "enum": [
          "payment"
        ]
      },
      "debtorPartyId": {
        "type": "string"
      },
      "creditorPartyId": {
        "type": "string"
      },
      "amountFen": {
        "type": "number"
      },
      "dueDate": {
        "type": "string"
      },
      "instalments": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PaymentInstalment"
        }
      },
      "annualInterestRateBp": {
        "type": "number"
      }
    },
    "required": [
      "kind",
      "debtorPartyId",
      "creditorPartyId",
      "amountFen",
      "dueDate"
    ]
  },
  "PaymentReportResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "reportedByName": {
        "type": "string"
      },
      "paidOn": {
        "type": "string"
      },
      "amountFen": {
        "type": "number"
      },
      "note": {
        "type": "string",
        "nullable": true
      },
      "hasReceipt": {
        "type": "boolean"
      },
      "createdAt": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "reportedByName",
      "paidOn",
      "amountFen",
      "note",
      "hasReceipt",
      "createdAt"
    ]
  },
  "PhoneCodeSentResponse": {
    "type": "object",
    "properties": {
      "expiresInSeconds": {
        "type": "number",
        "description": "Seconds the code stays valid."
      },
      "resendAfterSeconds": {
        "type": "number",
        "description": "Seconds until another code may be asked for."
      }
    },
    "required": [
      "expiresInSeconds",
      "resendAfterSeconds"
    ]
  },
  "ProvisionResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "law": {
        "type": "string"
      },
      "article": {
        "type": "string"
      },
      "title": {
        "type": "string"
      },
      "text": {
        "type": "string"
      },
      "textKind": {
        "type": "string",
        "enum": [
          "official",
          "summary"
        ],
        "description": "'official': the exact official text; 'summary': a 摘要, not the law itself."
      },
      "textLabel": {
        "type": "string",
        "description": "法律原文 or 摘要（非法律原文）, to show next to the text."
      },
      "effectiveDate": {
        "type": "string",
        "nullable": true
      },
      "categories": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "keywords": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "source": {
        "type": "string"
      },
      "citation": {
        "type": "string",
        "description": "《中华人民共和国民法典》第六百七十九条"
      }
    },
    "required": [
      "id",
      "law",
      "article",
      "title",
      "text",
      "textKind",
      "textLabel",
      "effectiveDate",
      "categories",
      "keywords",
      "source",
      "citation"
    ]
  },
  "RankedMediator": {
    "type": "object",
    "properties": {
      "rank": {
        "type": "number"
      },
      "total": {
        "type": "number"
      },
      "mediator": {
        "$ref": "#/components/schemas/MediatorCard"
      },
      "factors": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/RankingFactor"
        }
      }
    },
    "required": [
      "rank",
      "total",
      "mediator",
      "factors"
    ]
  },
  "RankingFactor": {
    "type": "object",
    "properties": {
      "key": {
        "$ref": "#/components/schemas/RankingFactorKey"
      },
      "label": {
        "type": "string"
      },
      "weight": {
        "type": "number"
      },
      "score": {
        "type": "number"
      },
      "points": {
        "type": "number"
      },
      "detail": {
        "type": "string"
      }
    },
    "required": [
      "key",
      "label",
      "weight",
      "score",
      "points",
      "detail"
    ]
  },
  "RankingFactorKey": {
    "type": "string",
    "enum": [
      "specialty",
      "language",
      "caseload",
      "availability",
      "settlement"
    ]
  },
  "RateFigure": {
    "type": "object",
    "properties": {
      "value": {
        "type": "number",
        "nullable": true
      },
      "count": {
        "type": "number"
      },
      "note": {
        "type": "string",
        "nullable": true,
        "description": "样本不足 when the count is below 20."
      }
    },
    "required": [
      "value",
      "count",
      "note"
    ]
  },
  "RecordConfirmationResponse": {
    "type": "object",
    "properties": {
      "version": {
        "type": "number"
      },
      "userId": {
        "type": "string"
      },
      "name": {
        "type": "string",
        "nullable": true
      },
      "side": {
        "type": "string"
      },
      "confirmedAt": {
        "type": "string"
      }
    },
    "required": [
      "version",
      "userId",
      "name",
      "side",
      "confirmedAt"
    ]
  },
  "RecordingConsentResponse": {
    "type": "object",
    "properties": {
      "userId": {
        "type": "string"
      },
      "name": {
        "type": "string",
        "nullable": true
      },
      "purpose": {
        "type": "string"
      },
      "granted": {
        "type": "boolean"
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "userId",
      "name",
      "purpose",
      "granted",
      "at"
    ]
  },
  "RecordResponse": {
    "type": "object",
    "properties": {
      "version": {
        "type": "number"
      },
      "body": {
        "type": "string"
      },
      "authorName": {
        "type": "string",
        "nullable": true
      },
      "savedAt": {
        "type": "string"
      }
    },
    "required": [
      "version",
      "body",
      "authorName",
      "savedAt"
    ]
  },
  "ReferralContact": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "phone": {
        "type": "string"
      }
    },
    "required": [
      "name",
      "phone"
    ]
  },
  "ReferralImportResponse": {
    "type": "object",
    "properties": {
      "created": {
        "type": "number"
      },
      "duplicates": {
        "type": "number"
      },
      "errors": {
        "type": "number"
      },
      "results": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ReferralImportResult"
        }
      }
    },
    "required": [
      "created",
      "duplicates",
      "errors",
      "results"
    ]
  },
  "ReferralImportResult": {
    "type": "object",
    "properties": {
      "index": {
        "type": "number"
      },
      "referenceId": {
        "type": "string",
        "nullable": true
      },
      "outcome": {
        "type": "string",
        "enum": [
          "error",
          "created",
          "duplicate"
        ]
      },
      "id": {
        "type": "string",
        "nullable": true
      },
      "errors": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "field": {
              "type": "string"
            },
            "message": {
              "type": "string"
            }
          },
          "required": [
            "field",
            "message"
          ]
        }
      }
    },
    "required": [
      "index",
      "referenceId",
      "outcome",
      "id",
      "errors"
    ]
  },
  "ReferralResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "body": {
        "type": "string"
      },
      "label": {
        "type": "string"
      },
      "note": {
        "type": "string",
        "nullable": true
      },
      "createdByName": {
        "type": "string"
      },
      "createdAt": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "body",
      "label",
      "note",
      "createdByName",
      "createdAt"
    ]
  },
  "Role": {
    "type": "string",
    "enum": [
      "party",
      "mediator",
      "court_staff",
      "admin",
      "partner"
    ]
  },
  "SatisfactionResponse": {
    "type": "object",
    "properties": {
      "score": {
        "type": "number"
      },
      "comment": {
        "type": "string",
        "nullable": true
      },
      "createdAt": {
        "type": "string"
      }
    },
    "required": [
      "score",
      "comment",
      "createdAt"
    ]
  },
  "ServiceRecordResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "documentId": {
        "type": "string"
      },
      "documentTitle": {
        "type": "string"
      },
      "partyName": {
        "type": "string"
      },
      "sentAt": {
        "type": "string"
      },
      "deliveredAt": {
        "type": "string",
        "nullable": true
      },
      "openedAt": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "id",
      "documentId",
      "documentTitle",
      "partyName",
      "sentAt",
      "deliveredAt",
      "openedAt"
    ]
  },
  "SessionAttendance": {
    "type": "object",
    "properties": {
      "present": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "side": {
              "type": "string",
              "enum": [
                "other",
                "applicant",
                "respondent"
              ]
            }
          },
          "required": [
            "name",
            "side"
          ]
        }
      },
      "absent": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "recordedAt": {
        "type": "string"
      }
    },
    "required": [
      "present",
      "absent",
      "recordedAt"
    ]
  },
  "SessionDetail": {
    "type": "object",
    "properties": {
      "caseNumber": {
        "type": "string",
        "nullable": true
      },
      "myRole": {
        "type": "string",
        "enum": [
          "party",
          "host",
          "guide"
        ],
        "nullable": true,
        "description": "How the caller takes part: host / party / guide, or null (may read, not enter)."
      },
      "mySide": {
        "type": "string",
        "enum": [
          "applicant",
          "respondent"
        ],
        "nullable": true,
        "description": "A party's side (申请人 / 被申请人); null for the host, guides and readers."
      },
      "guests": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SessionGuestResponse"
        }
      },
      "events": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SessionEventResponse"
        }
      },
      "caucusPeriods": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CaucusPeriod"
        }
      },
      "chat": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ChatMessageResponse"
        }
      },
      "next": {
        "type": "string",
        "nullable": true,
        "description": "`events` and `chat` hold at most 200 entries each, oldest first. When more follow, `next` is the cursor to pass as\n`?after=` for the next page (whose lists continue where these stop); null when both are complete."
      },
      "record": {
        "allOf": [
          {
            "$ref": "#/components/schemas/RecordResponse"
          }
        ],
        "nullable": true
      },
      "confirmations": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/RecordConfirmationResponse"
        }
      },
      "recordingConsents": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/RecordingConsentResponse"
        }
      },
      "id": {
        "type": "string"
      },
      "caseId": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/SessionStatus"
      },
      "statusLabel": {
        "type": "string"
      },
      "mode": {
        "$ref": "#/components/schemas/SessionMode"
      },
      "createdAt": {
        "type": "string"
      },
      "startedAt": {
        "type": "string",
        "nullable": true
      },
      "endedAt": {
        "type": "string",
        "nullable": true
      },
      "startsAt": {
        "type": "string",
        "nullable": true,
        "description": "A booked session's time range (null: opened on the spot)."
      },
      "endsAt": {
        "type": "string",
        "nullable": true
      },
      "location": {
        "type": "string",
        "nullable": true,
        "description": "In person: where (office name and address)."
      },
      "cancelReason": {
        "type": "string",
        "nullable": true
      },
      "attendance": {
        "allOf": [
          {
            "$ref": "#/components/schemas/SessionAttendance"
          }
        ],
        "nullable": true
      }
    },
    "required": [
      "caseNumber",
      "myRole",
      "mySide",
      "guests",
      "events",
      "caucusPeriods",
      "chat",
      "next",
      "record",
      "confirmations",
      "recordingConsents",
      "id",
      "caseId",
      "status",
      "statusLabel",
      "mode",
      "createdAt",
      "startedAt",
      "endedAt",
      "startsAt",
      "endsAt",
      "location",
      "cancelReason",
      "attendance"
    ]
  },
  "SessionEventResponse": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string"
      },
      "label": {
        "type": "string"
      },
      "actorName": {
        "type": "string",
        "nullable": true
      },
      "subjectName": {
        "type": "string",
        "nullable": true
      },
      "data": {
        "type": "object",
        "properties": {},
        "additionalProperties": {}
      },
      "at": {
        "type": "string"
      }
    },
    "required": [
      "type",
      "label",
      "actorName",
      "subjectName",
      "data",
      "at"
    ]
  },
  "SessionGuestResponse": {
    "type": "object",
    "properties": {
      "userId": {
        "type": "string"
      },
      "name": {
        "type": "string",
        "nullable": true
      },
      "invitedAt": {
        "type": "string"
      }
    },
    "required": [
      "userId",
      "name",
      "invitedAt"
    ]
  },
  "SessionMode": {
    "type": "string",
    "enum": [
      "online",
      "in_person"
    ]
  },
  "SessionStatus": {
    "type": "string",
    "enum": [
      "booked",
      "scheduled",
      "live",
      "ended",
      "cancelled"
    ]
  },
  "SessionSummary": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "caseId": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/SessionStatus"
      },
      "statusLabel": {
        "type": "string"
      },
      "mode": {
        "$ref": "#/components/schemas/SessionMode"
      },
      "createdAt": {
        "type": "string"
      },
      "startedAt": {
        "type": "string",
        "nullable": true
      },
      "endedAt": {
        "type": "string",
        "nullable": true
      },
      "startsAt": {
        "type": "string",
        "nullable": true,
        "description": "A booked session's time range (null: opened on the spot)."
      },
      "endsAt": {
        "type": "string",
        "nullable": true
      },
      "location": {
        "type": "string",
        "nullable": true,
        "description": "In person: where (office name and address)."
      },
      "cancelReason": {
        "type": "string",
        "nullable": true
      },
      "attendance": {
        "allOf": [
          {
            "$ref": "#/components/schemas/SessionAttendance"
          }
        ],
        "nullable": true
      }
    },
    "required": [
      "id",
      "caseId",
      "status",
      "statusLabel",
      "mode",
      "createdAt",
      "startedAt",
      "endedAt",
      "startsAt",
      "endsAt",
      "location",
      "cancelReason",
      "attendance"
    ]
  },
  "SignCodeSent": {
    "type": "object",
    "properties": {
      "phone": {
        "type": "string"
      },
      "version": {
        "type": "number",
        "nullable": true
      },
      "expiresInSeconds": {
        "type": "number"
      },
      "resendAfterSeconds": {
        "type": "number"
      }
    },
    "required": [
      "phone",
      "version",
      "expiresInSeconds",
      "resendAfterSeconds"
    ]
  },
  "SimilarCaseResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "origin": {
        "type": "string",
        "enum": [
          "portal",
          "public",
          "synthetic"
        ]
      },
      "originLabel": {
        "type": "string"
      },
      "reference": {
        "type": "string"
      },
      "category": {
        "type": "string"
      },
      "claimAmountFen": {
        "type": "number"
      },
      "outcome": {
        "type": "string",
        "enum": [
          "withdrawn",
          "settled",
          "failed",
          "judgment"
        ]
      },
      "outcomeLabel": {
        "type": "string"
      },
      "settledAmountFen": {
        "type": "number",
        "nullable": true
      },
      "settledShare": {
        "type": "number",
        "nullable": true,
        "description": "settled ÷ claimed, 0–1 (more when interest or costs were added)"
      },
      "daysToClose": {
        "type": "number",
        "nullable": true
      },
      "confirmed": {
        "type": "boolean",
        "nullable": true
      },
      "closedOn": {
        "type": "string"
      },
      "summary": {
        "type": "string",
        "description": "Anonymised."
      },
      "source": {
        "type": "string"
      },
      "matchedTerms": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The query words found in the summary (to highlight)."
      },
      "allWordsMatched": {
        "type": "boolean",
        "description": "The summary holds every query word (ranked first)."
      }
    },
    "required": [
      "id",
      "origin",
      "originLabel",
      "reference",
      "category",
      "claimAmountFen",
      "outcome",
      "outcomeLabel",
      "settledAmountFen",
      "settledShare",
      "daysToClose",
      "confirmed",
      "closedOn",
      "summary",
      "source",
      "matchedTerms",
      "allWordsMatched"
    ]
  },
  "SimilarCasesResponse": {
    "type": "object",
    "properties": {
      "terms": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The words the query was segmented into (jieba)."
      },
      "candidates": {
        "type": "number",
        "description": "How many rows were ranked (the bounded candidate set)."
      },
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SimilarCaseResponse"
        }
      }
    },
    "required": [
      "terms",
      "candidates",
      "items"
    ]
  },
  "SlotResponse": {
    "type": "object",
    "properties": {
      "startsAt": {
        "type": "string"
      },
      "endsAt": {
        "type": "string"
      },
      "free": {
        "type": "boolean"
      }
    },
    "required": [
      "startsAt",
      "endsAt",
      "free"
    ]
  },
  "SpreadFigure": {
    "type": "object",
    "properties": {
      "median": {
        "type": "number",
        "nullable": true
      },
      "q1": {
        "type": "number",
        "nullable": true
      },
      "q3": {
        "type": "number",
        "nullable": true
      },
      "count": {
        "type": "number"
      },
      "note": {
        "type": "string",
        "nullable": true
      }
    },
    "required": [
      "median",
      "q1",
      "q3",
      "count",
      "note"
    ]
  },
  "StatFigures": {
    "type": "object",
    "properties": {
      "filed": {
        "type": "number"
      },
      "accepted": {
        "type": "number"
      },
      "settled": {
        "type": "number"
      },
      "failed": {
        "type": "number"
      },
      "withdrawn": {
        "type": "number"
      },
      "settlementRate": {
        "type": "number",
        "nullable": true,
        "description": "settled / (settled + failed); null when nothing was mediated to an end."
      }
    },
    "required": [
      "filed",
      "accepted",
      "settled",
      "failed",
      "withdrawn",
      "settlementRate"
    ]
  },
  "StatisticsResponse": {
    "type": "object",
    "properties": {
      "from": {
        "type": "string"
      },
      "to": {
        "type": "string"
      },
      "totals": {
        "$ref": "#/components/schemas/StatFigures"
      },
      "byMonth": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "filed": {
              "type": "number"
            },
            "accepted": {
              "type": "number"
            },
            "settled": {
              "type": "number"
            },
            "failed": {
              "type": "number"
            },
            "withdrawn": {
              "type": "number"
            },
            "settlementRate": {
              "type": "number",
              "nullable": true,
              "description": "settled / (settled + failed); null when nothing was mediated to an end."
            },
            "month": {
              "type": "string"
            }
          },
          "required": [
            "filed",
            "accepted",
            "settled",
            "failed",
            "withdrawn",
            "settlementRate",
            "month"
          ]
        }
      },
      "byCategory": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "filed": {
              "type": "number"
            },
            "accepted": {
              "type": "number"
            },
            "settled": {
              "type": "number"
            },
            "failed": {
              "type": "number"
            },
            "withdrawn": {
              "type": "number"
            },
            "settlementRate": {
              "type": "number",
              "nullable": true,
              "description": "settled / (settled + failed); null when nothing was mediated to an end."
            },
            "category": {
              "type": "string"
            }
          },
          "required": [
            "filed",
            "accepted",
            "settled",
            "failed",
            "withdrawn",
            "settlementRate",
            "category"
          ]
        }
      },
      "byCommittee": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "filed": {
              "type": "number"
            },
            "accepted": {
              "type": "number"
            },
            "settled": {
              "type": "number"
            },
            "failed": {
              "type": "number"
            },
            "withdrawn": {
              "type": "number"
            },
            "settlementRate": {
              "type": "number",
              "nullable": true,
              "description": "settled / (settled + failed); null when nothing was mediated to an end."
            },
            "committeeId": {
              "type": "string"
            },
            "committeeName": {
              "type": "string"
            }
          },
          "required": [
            "filed",
            "accepted",
            "settled",
            "failed",
            "withdrawn",
            "settlementRate",
            "committeeId",
            "committeeName"
          ]
        }
      },
      "cycle": {
        "type": "object",
        "properties": {
          "averageDays": {
            "type": "number",
            "nullable": true
          },
          "medianDays": {
            "type": "number",
            "nullable": true
          },
          "averageWorkingDays": {
            "type": "number",
            "nullable": true
          }
        },
        "required": [
          "averageDays",
          "medianDays",
          "averageWorkingDays"
        ],
        "description": "Cycle of the cases mediated to an end (settled or failed): filing to closing."
      },
      "channel": {
        "type": "object",
        "properties": {
          "online": {
            "type": "number"
          },
          "inPerson": {
            "type": "number"
          },
          "onlineShare": {
            "type": "number",
            "nullable": true
          }
        },
        "required": [
          "online",
          "inPerson",
          "onlineShare"
        ]
      },
      "confirmations": {
        "type": "object",
        "properties": {
          "requested": {
            "type": "number"
          },
          "confirmed": {
            "type": "number"
          },
          "rejected": {
            "type": "number"
          }
        },
        "required": [
          "requested",
          "confirmed",
          "rejected"
        ]
      },
      "referrals": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "partnerId": {
              "type": "string"
            },
            "partnerName": {
              "type": "string"
            },
            "partnerType": {
              "type": "string"
            },
            "total": {
              "type": "number"
            },
            "accepted": {
              "type": "number"
            },
            "forwarded": {
              "type": "number"
            },
            "declined": {
              "type": "number"
            },
            "waiting": {
              "type": "number"
            }
          },
          "required": [
            "partnerId",
            "partnerName",
            "partnerType",
            "total",
            "accepted",
            "forwarded",
            "declined",
            "waiting"
          ]
        }
      },
      "satisfaction": {
        "type": "object",
        "properties": {
          "count": {
            "type": "number"
          },
          "average": {
            "type": "number",
            "nullable": true
          },
          "distribution": {
            "type": "array",
            "items": {
              "type": "number"
            }
          }
        },
        "required": [
          "count",
          "average",
          "distribution"
        ]
      },
      "overdue": {
        "type": "object",
        "properties": {
          "unaccepted": {
            "type": "number"
          },
          "longMediations": {
            "type": "number"
          },
          "followUps": {
            "type": "number"
          }
        },
        "required": [
          "unaccepted",
          "longMediations",
          "followUps"
        ]
      },
      "includesDemo": {
        "type": "boolean",
        "description": "The figures include the demo history (SEED_DEMO)."
      }
    },
    "required": [
      "from",
      "to",
      "totals",
      "byMonth",
      "byCategory",
      "byCommittee",
      "cycle",
      "channel",
      "confirmations",
      "referrals",
      "satisfaction",
      "overdue",
      "includesDemo"
    ]
  },
  "SummaryConsentSaved": {
    "type": "object",
    "properties": {
      "partyId": {
        "type": "string"
      },
      "summaryReuseConsent": {
        "type": "boolean"
      }
    },
    "required": [
      "partyId",
      "summaryReuseConsent"
    ]
  },
  "TimelineItem": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "type": {
        "type": "string"
      },
      "label": {
        "type": "string"
      },
      "fromStatus": {
        "type": "string",
        "nullable": true
      },
      "toStatus": {
        "type": "string",
        "nullable": true
      },
      "note": {
        "type": "string",
        "nullable": true
      },
      "actorName": {
        "type": "string",
        "nullable": true
      },
      "actorRole": {
        "type": "string",
        "nullable": true
      },
      "at": {
        "type": "string"
      },
      "detail": {
        "type": "string",
        "nullable": true,
        "description": "What the step concerned, in words: the file uploaded, the mediator assigned, the party invited."
      },
      "sha256": {
        "type": "string",
        "nullable": true,
        "description": "Technical detail for those who need it (behind 详情): the uploaded file's SHA-256."
      }
    },
    "required": [
      "id",
      "type",
      "label",
      "fromStatus",
      "toStatus",
      "note",
      "actorName",
      "actorRole",
      "at",
      "detail",
      "sha256"
    ]
  },
  "TokenResponse": {
    "type": "object",
    "properties": {
      "accessToken": {
        "type": "string"
      },
      "refreshToken": {
        "type": "string"
      },
      "expiresIn": {
        "type": "number",
        "description": "Seconds until the access token expires."
      },
      "user": {
        "$ref": "#/components/schemas/MeResponse"
      }
    },
    "required": [
      "accessToken",
      "refreshToken",
      "expiresIn",
      "user"
    ]
  },
  "UnreadCount": {
    "type": "object",
    "properties": {
      "unread": {
        "type": "number"
      }
    },
    "required": [
      "unread"
    ]
  },
  "VerificationResponse": {
    "type": "object",
    "properties": {
      "valid": {
        "type": "boolean"
      },
      "documentType": {
        "type": "string",
        "enum": [
          "agreement",
          "session_record",
          "confirmation_application",
          "ruling",
          "mediation_termination",
          "enforcement_application",
          "litigation_package"
        ],
        "nullable": true
      },
      "caseNumber": {
        "type": "string",
        "nullable": true
      },
      "effectiveAt": {
        "type": "string",
        "nullable": true
      },
      "sha256": {
        "type": "string",
        "nullable": true
      },
      "status": {
        "type": "string",
        "enum": [
          "void",
          "current",
          "superseded",
          "unknown"
        ]
      }
    },
    "required": [
      "valid",
      "documentType",
      "caseNumber",
      "effectiveAt",
      "sha256",
      "status"
    ]
  },
  "WeeklyHoursResponse": {
    "type": "object",
    "properties": {
      "weekday": {
        "type": "number",
        "description": "ISO weekday, 1 = Monday."
      },
      "start": {
        "type": "string",
        "description": "HH:mm, Asia/Shanghai."
      },
      "end": {
        "type": "string"
      }
    },
    "required": [
      "weekday",
      "start",
      "end"
    ]
  }
};
