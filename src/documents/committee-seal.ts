// The committee's round red seal (人民调解委员会印章), drawn as vectors when the committee has not uploaded an image:
// a ring, the committee's name along the upper arc and a five-pointed star in the middle, like the paper seal.
type Doc = PDFKit.PDFDocument;

export const SEAL_RED = '#d9001b';

export function drawSeal(doc: Doc, fontName: string, name: string, cx: number, cy: number, radius: number): void {
  doc.save();
  doc.opacity(0.88).strokeColor(SEAL_RED).fillColor(SEAL_RED);
  doc.lineWidth(radius * 0.05).circle(cx, cy, radius * 0.95).stroke();
  star(doc, cx, cy, radius * 0.3);
  arcText(doc, fontName, name, cx, cy, radius);
  doc.restore();
}

function star(doc: Doc, cx: number, cy: number, r: number): void {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  doc.polygon(...points).fill();
}

/** The name spread over about 240° of the upper arc, each character upright towards the centre. */
function arcText(doc: Doc, fontName: string, name: string, cx: number, cy: number, radius: number): void {
  const chars = [...name];
  const size = Math.min(radius * 0.26, (radius * 0.72 * Math.PI * 4) / 3 / Math.max(chars.length, 1));
  const span = Math.min(240, chars.length * 24);
  doc.font(fontName).fontSize(size);
  chars.forEach((ch, i) => {
    const deg = -90 - span / 2 + (span * (i + 0.5)) / chars.length;
    const rad = (deg * Math.PI) / 180;
    const r = radius * 0.72;
    const x = cx + r * Math.cos(rad);
    const y = cy + r * Math.sin(rad);
    doc.save();
    doc.rotate(deg + 90, { origin: [x, y] });
    doc.text(ch, x - size / 2, y - size / 2, { lineBreak: false, width: size + 2 });
    doc.restore();
  });
}
