// A faster font subset for CID-keyed CFF faces (Noto CJK): the used glyphs' charstrings with subroutines inlined
// (computed once per glyph per process, see cff-desubroutinize.ts) and no subroutine tables. pdfkit asks the face for
// `createSubset()` once per document; DocumentFont hands it one of these. Anything unexpected falls back to fontkit's own.
import { CharstringSource, SubrRef, desubroutinize } from './cff-desubroutinize';

interface FontkitCff {
  isCIDFont: boolean;
  stream: { pos: number; readBuffer(length: number): Uint8Array };
  globalSubrIndex: SubrRef[];
  topDict: { CharStrings: SubrRef[]; FDArray: { Private?: { Subrs?: SubrRef[] } & Record<string, unknown> }[] };
  fdForGlyph(gid: number): number | null;
  getCharString(gid: number): Uint8Array;
}

interface FontkitCffSubset {
  glyphs: number[];
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  cff: FontkitCff;
  subsetCharstrings(): void;
  subsetFontdict(topDict: Record<string, unknown>): void;
}

/** Inlined charstrings by glyph id, per parsed face. */
export class CharstringCache {
  private readonly inlined = new Map<number, Uint8Array>();

  constructor(private readonly cff: FontkitCff) {}

  get(gid: number): Uint8Array {
    let code = this.inlined.get(gid);
    if (!code) {
      const fd = this.cff.fdForGlyph(gid);
      const source: CharstringSource = {
        bytes: (ref) => this.read(ref),
        globalSubrs: this.cff.globalSubrIndex ?? [],
        localSubrs: (fd == null ? undefined : this.cff.topDict.FDArray[fd]?.Private?.Subrs) ?? [],
      };
      code = desubroutinize(this.read(this.cff.topDict.CharStrings[gid]), source);
      this.inlined.set(gid, code);
    }
    return code;
  }

  get size(): number {
    return this.inlined.size;
  }

  private read(ref: SubrRef): Uint8Array {
    this.cff.stream.pos = ref.offset;
    return this.cff.stream.readBuffer(ref.length);
  }
}

/** Turns fontkit's CFF subset into one that writes inlined charstrings and no subroutines. */
export function inlineSubroutines(subset: object, cache: CharstringCache): object {
  const s = subset as FontkitCffSubset;
  if (!s.cff?.isCIDFont) return subset;
  const original = { charstrings: s.subsetCharstrings, fontdict: s.subsetFontdict };
  let inlined = false;
  s.subsetCharstrings = function (this: FontkitCffSubset) {
    try {
      this.charstrings = this.glyphs.map((gid) => cache.get(gid));
      this.gsubrs = [];
      inlined = true;
    } catch {
      original.charstrings.call(this); // a construct we do not inline: fontkit's subset, subroutines and all
    }
  };
  s.subsetFontdict = function (this: FontkitCffSubset, topDict: Record<string, unknown>) {
    if (!inlined) return original.fontdict.call(this, topDict);
    const fdArray: Record<string, unknown>[] = [];
    const fds: number[] = [];
    const position = new Map<number, number>();
    for (const gid of this.glyphs) {
      const fd = this.cff.fdForGlyph(gid);
      if (fd == null) continue;
      if (!position.has(fd)) {
        const { FontName: _name, ...dict } = this.cff.topDict.FDArray[fd] as Record<string, unknown>;
        const { Subrs: _subrs, ...priv } = (dict.Private ?? {}) as Record<string, unknown>;
        fdArray.push({ ...dict, Private: dict.Private ? priv : dict.Private });
        position.set(fd, fdArray.length - 1);
      }
      fds.push(position.get(fd)!);
    }
    topDict.FDArray = fdArray;
    topDict.FDSelect = { version: 0, fds };
  };
  return subset;
}
