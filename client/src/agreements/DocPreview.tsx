import type { DocBlockResponse } from './agreements-api';

/** The document as the PDF will read: the same blocks, the same text (src/documents/document-model.ts). */
export function DocPreview({ header, blocks }: { header: string; blocks: DocBlockResponse[] }) {
  return (
    <article class="doc-preview" aria-label="协议预览" data-testid="agreement-preview">
      <p class="doc-header">{header}</p>
      {blocks.map((b, i) => <Block key={i} b={b} />)}
    </article>
  );
}

function Block({ b }: { b: DocBlockResponse }) {
  switch (b.type) {
    case 'title': return <h3 class="doc-title">{b.text}</h3>;
    case 'subtitle': return <p class="doc-subtitle">{b.text}</p>;
    case 'heading': return <h4 class="doc-heading">{b.text}</h4>;
    case 'paragraph': return <p class={`doc-p doc-i${b.indent ?? 0}`}>{b.text}</p>;
    case 'right': return <p class="doc-right">{b.text}</p>;
    case 'table':
      return (
        <table class="doc-table">
          <tbody>{(b.rows ?? []).map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j}>{c}</td>)}</tr>)}</tbody>
        </table>
      );
    case 'signature':
      return (
        <p class="doc-sign">
          {b.label}
          <span class="doc-sign-line" />
          <span class="doc-sign-name">{b.name}{b.note ? `  ${b.note}` : ''}</span>
        </p>
      );
    case 'seal':
      return (
        <p class="doc-right">
          {b.committee}（盖章）
          <br />
          {b.date}
        </p>
      );
    default:
      return null;
  }
}
