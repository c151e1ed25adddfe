// Generated from src/api-contract.ts by `npm run contract:schemas`: do not edit. A unit test fails when it is stale.
import type * as Contract from '../api-contract';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** Every exported type of the contract by name, so @ApiResult('X') checks that a route returns Contract.X. */
export interface ContractTypes {
  CaseDetail: Contract.CaseDetail;
  CaseSummary: Contract.CaseSummary;
  CaseSummaryPage: Contract.CaseSummaryPage;
  CaseUiAction: Contract.CaseUiAction;
  CategoryList: Contract.CategoryList;
  CaucusPeriod: Contract.CaucusPeriod;
  ChatMessageResponse: Contract.ChatMessageResponse;
  CommitteeResponse: Contract.CommitteeResponse;
  ErrorResponse: Contract.ErrorResponse;
  EvidenceResponse: Contract.EvidenceResponse;
  HealthResponse: Contract.HealthResponse;
  InvitationCreated: Contract.InvitationCreated;
  InvitationStatus: Contract.InvitationStatus;
  InvitationView: Contract.InvitationView;
  LprRateResponse: Contract.LprRateResponse;
  MediatorResponse: Contract.MediatorResponse;
  MeResponse: Contract.MeResponse;
  ParticipantRole: Contract.ParticipantRole;
  PartyResponse: Contract.PartyResponse;
  PartySide: Contract.PartySide;
  RecordConfirmationResponse: Contract.RecordConfirmationResponse;
  RecordingConsentResponse: Contract.RecordingConsentResponse;
  RecordResponse: Contract.RecordResponse;
  Role: Contract.Role;
  SessionDetail: Contract.SessionDetail;
  SessionEventResponse: Contract.SessionEventResponse;
  SessionGuestResponse: Contract.SessionGuestResponse;
  SessionStatus: Contract.SessionStatus;
  SessionSummary: Contract.SessionSummary;
  TimelineItem: Contract.TimelineItem;
  TokenResponse: Contract.TokenResponse;
}

export type ContractName = keyof ContractTypes;

export const CONTRACT_SCHEMAS: Record<ContractName, SchemaObject> = {
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
          "filed",
          "mediator_assigned",
          "in_mediation",
          "settled",
          "failed",
          "withdrawn",
          "refused",
          "confirmation_requested",
          "confirmed",
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
      "awaitingConsent"
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
          "filed",
          "mediator_assigned",
          "in_mediation",
          "settled",
          "failed",
          "withdrawn",
          "refused",
          "confirmation_requested",
          "confirmed",
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
      "awaitingConsent"
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
      "fail"
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
      }
    },
    "required": [
      "code",
      "partyId",
      "expiresAt"
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
      }
    },
    "required": [
      "code",
      "status",
      "invitedName",
      "invitedPhone",
      "case"
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
  "MediatorResponse": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "phone": {
        "type": "string"
      },
      "organizationName": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "name",
      "phone",
      "organizationName"
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
      }
    },
    "required": [
      "id",
      "phone",
      "name",
      "role",
      "organization"
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
      "isMe": {
        "type": "boolean"
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
      "isMe",
      "invitation"
    ]
  },
  "PartySide": {
    "type": "string",
    "enum": [
      "applicant",
      "respondent"
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
  "Role": {
    "type": "string",
    "enum": [
      "party",
      "mediator",
      "court_staff",
      "admin"
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
        "type": "string",
        "enum": [
          "online"
        ]
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
      "endedAt"
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
  "SessionStatus": {
    "type": "string",
    "enum": [
      "scheduled",
      "live",
      "ended"
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
        "type": "string",
        "enum": [
          "online"
        ]
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
      "endedAt"
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
      "at"
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
  }
};
