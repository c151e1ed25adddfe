// Type 2 charstrings with their subroutine calls inlined ("desubroutinized"), so a document's font subset can carry
// only the glyphs it uses and no subroutine tables at all.
//
// Why: Noto CJK keeps ~54,000 local and 3,200 global subroutines. fontkit's CFF subsetter keeps every index (unused ones
// as one-byte stubs) and encodes those tables again for each document: ~45 ms and ~130 KB of every agreement, most of the
// per-document cost in the bench:pdf profile. A glyph's inlined charstring never changes, so it is computed once per
// process and cached (the "subset once" lever); per document only the used charstrings are copied.

/** One subroutine as fontkit's CFF parser records it: where its bytes are in the font file. */
export interface SubrRef {
  offset: number;
  length: number;
}

/** What the inliner needs of a CFF font: raw bytes of a charstring or subroutine, and the subroutine tables. */
export interface CharstringSource {
  bytes(ref: SubrRef): Uint8Array;
  globalSubrs: SubrRef[];
  localSubrs: SubrRef[];
}

const OP_HSTEM = 1;
const OP_VSTEM = 3;
const OP_CALLSUBR = 10;
const OP_RETURN = 11;
const OP_ESCAPE = 12;
const OP_ENDCHAR = 14;
const OP_HSTEMHM = 18;
const OP_HINTMASK = 19;
const OP_CNTRMASK = 20;
const OP_VSTEMHM = 23;
const OP_SHORTINT = 28;
const OP_CALLGSUBR = 29;
const MAX_DEPTH = 10; // Type 2 allows a call depth of 10

/** The Type 2 subroutine number bias (CFF spec §4.7 of Technical Note 5177). */
export function subrBias(count: number): number {
  if (count < 1240) return 107;
  if (count < 33900) return 1131;
  return 32768;
}

/** The charstring with every callsubr/callgsubr replaced by the subroutine's body. Throws on what it cannot inline. */
export function desubroutinize(charstring: Uint8Array, source: CharstringSource): Uint8Array {
  const out: number[] = [];
  const state = { stems: 0, operands: [] as { value: number; length: number }[], ended: false };
  const globalBias = subrBias(source.globalSubrs.length);
  const localBias = subrBias(source.localSubrs.length);

  const run = (code: Uint8Array, depth: number): void => {
    if (depth > MAX_DEPTH) throw new Error('charstring subroutines nested too deep');
    let i = 0;
    while (i < code.length && !state.ended) {
      const b0 = code[i];
      if (b0 >= 32 || b0 === OP_SHORTINT) {
        const length = b0 === OP_SHORTINT ? 3 : b0 <= 246 ? 1 : b0 <= 254 ? 2 : 5;
        state.operands.push({ value: readNumber(code, i), length });
        for (let k = 0; k < length; k++) out.push(code[i + k]);
        i += length;
        continue;
      }
      if (b0 === OP_CALLSUBR || b0 === OP_CALLGSUBR) {
        const index = state.operands.pop();
        if (!index || !Number.isInteger(index.value)) throw new Error('subroutine number is not a literal');
        out.length -= index.length; // the number was the call's operand, not the glyph's
        const table = b0 === OP_CALLSUBR ? source.localSubrs : source.globalSubrs;
        const subr = table[index.value + (b0 === OP_CALLSUBR ? localBias : globalBias)];
        if (!subr) throw new Error('subroutine out of range');
        run(source.bytes(subr), depth + 1);
        i += 1;
        continue;
      }
      if (b0 === OP_RETURN) return;
      if (b0 === OP_HSTEM || b0 === OP_VSTEM || b0 === OP_HSTEMHM || b0 === OP_VSTEMHM) {
        state.stems += state.operands.length >> 1;
      }
      if (b0 === OP_HINTMASK || b0 === OP_CNTRMASK) {
        state.stems += state.operands.length >> 1; // operands here are an implicit vstemhm
        const maskBytes = (state.stems + 7) >> 3;
        for (let k = 0; k <= maskBytes; k++) out.push(code[i + k]);
        i += 1 + maskBytes;
        state.operands = [];
        continue;
      }
      const length = b0 === OP_ESCAPE ? 2 : 1;
      for (let k = 0; k < length; k++) out.push(code[i + k]);
      i += length;
      state.operands = [];
      if (b0 === OP_ENDCHAR) state.ended = true;
    }
  };

  run(charstring, 0);
  return Uint8Array.from(out);
}

function readNumber(code: Uint8Array, i: number): number {
  const b0 = code[i];
  if (b0 === OP_SHORTINT) return (((code[i + 1] << 24) | (code[i + 2] << 16)) >> 16);
  if (b0 <= 246) return b0 - 139;
  if (b0 <= 250) return (b0 - 247) * 256 + code[i + 1] + 108;
  if (b0 <= 254) return -(b0 - 251) * 256 - code[i + 1] - 108;
  return ((code[i + 1] << 24) | (code[i + 2] << 16) | (code[i + 3] << 8) | code[i + 4]) / 65536; // 16.16 fixed
}
