// The small structured intermediate every document goes through: templates/ render markup text, the markup parser
// turns it into these blocks, and both the PDF layout and the browser preview draw the same blocks, so the preview's
// text is exactly the PDF's.

/** Documents kept in a case's document list (versions, hashes, verification). */
export type StoredDocumentType =
  | 'agreement' | 'session_record'
  | 'confirmation_application' | 'ruling' | 'mediation_termination' | 'enforcement_application' | 'litigation_package';
/** Every document the renderer makes; the guidance report is made on request and not kept. */
export type DocumentType = StoredDocumentType | 'guidance_report';

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  agreement: '人民调解协议书',
  session_record: '调解笔录',
  guidance_report: '纠纷化解指引报告',
  confirmation_application: '司法确认申请书',
  ruling: '民事裁定书',
  mediation_termination: '调解终结书',
  enforcement_application: '强制执行申请书',
  litigation_package: '诉讼材料（网上立案衔接）',
};

export type DocBlock =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; text: string }
  /** indent: 0 none, 1 first-line indent of two characters (the Chinese paragraph), 2 a nested item */
  | { type: 'paragraph'; text: string; indent: 0 | 1 | 2 }
  | { type: 'right'; text: string }
  | { type: 'table'; rows: string[][] }
  /** A place for one handwritten signature: `slot` names the signer (a party id, or `mediator`). */
  | { type: 'signature'; slot: string; label: string; name: string; note: string }
  /** The committee's seal over its name and the date the agreement took effect. */
  | { type: 'seal'; committee: string; date: string };

export interface DocModel {
  /** The running header of every page: the committee's name. */
  header: string;
  blocks: DocBlock[];
}

/** Images and codes known only when the document is produced (not part of its text). */
export interface DocExtras {
  signatures?: Record<string, Buffer>;
  /** Seal images by slot: `committee`, or a party id for an organisation's seal. */
  seals?: Record<string, Buffer>;
  /** Draw the committee seal (vector) when no image was uploaded. */
  drawCommitteeSeal?: boolean;
  verification?: { code: string; url: string };
  /** A watermark such as 草稿 on documents not yet in effect. */
  watermark?: string;
  /** Fixed creation date, so the same input gives the same bytes. */
  createdAt?: Date;
}

/** The plain text of a document, line by line: what pdftotext reads back and what tests compare. */
export function modelText(model: DocModel): string {
  return model.blocks.map(blockText).filter((line) => line !== '').join('\n');
}

export function blockText(block: DocBlock): string {
  switch (block.type) {
    case 'table': return block.rows.map((row) => row.join('　')).join('\n');
    case 'signature': return `${block.label}\n${block.name}${block.note ? `  ${block.note}` : ''}`;
    case 'seal': return `${block.committee}（盖章）\n${block.date}`;
    case 'paragraph': return (block.indent ? '　　'.repeat(block.indent) : '') + block.text;
    default: return block.text;
  }
}
