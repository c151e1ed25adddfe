// Which courts may confirm an agreement (民事诉讼法 (2023) art. 205; ../shared/domain.md section 7), pure: a court
// referred the dispute (委派调解) → that court alone; otherwise the committee's own basic court first, the basic courts of
// the parties' domiciles and of where the subject matter is (标的物所在地: the flat that leaks, the house let), and the
// intermediate court above the committee's court when the dispute is one an
// intermediate court hears at first instance (here: the amount at or above its threshold).

export interface CourtRef {
  id: string;
  name: string;
  level: 'basic' | 'intermediate' | 'high' | null;
  superiorCourtId: string | null;
  /** Names of the areas it serves (重庆市合川区). */
  areaNames: string[];
}

export interface EligibilityFacts {
  referringCourtId: string | null;
  committeeCourtId: string | null;
  /** Each party's name and domicile as given for the agreement. */
  domiciles: { name: string; domicile: string | null }[];
  /** 标的物所在地, as the applicant gives it when applying (a full address starting with the district). */
  subjectLocation?: string | null;
  claimAmountFen: number;
  courts: CourtRef[];
}

/** 5亿元: intermediate courts hear civil first instances from this amount (SPC notice of 2021 on first-instance jurisdiction). */
export const INTERMEDIATE_THRESHOLD_FEN = 500_000_000_00;

export function eligibleCourts(f: EligibilityFacts): { id: string; name: string; reason: string }[] {
  const byId = new Map(f.courts.map((c) => [c.id, c]));
  if (f.referringCourtId && byId.has(f.referringCourtId)) {
    const court = byId.get(f.referringCourtId)!;
    return [{ id: court.id, name: court.name, reason: '委派调解的人民法院（民事诉讼法第二百零五条第一项）' }];
  }
  const list: { id: string; name: string; reason: string }[] = [];
  const add = (court: CourtRef | undefined, reason: string) => {
    if (court && !list.some((c) => c.id === court.id)) list.push({ id: court.id, name: court.name, reason });
  };
  const own = f.committeeCourtId ? byId.get(f.committeeCourtId) : undefined;
  if (f.claimAmountFen >= INTERMEDIATE_THRESHOLD_FEN && own?.superiorCourtId) {
    add(byId.get(own.superiorCourtId), '调解组织所在地中级人民法院（纠纷属中级人民法院管辖）');
    return list;
  }
  add(own, '调解组织所在地基层人民法院');
  for (const party of f.domiciles) {
    if (party.domicile) add(basicCourtOf(f.courts, party.domicile), `当事人住所地基层人民法院（${party.name}）`);
  }
  if (f.subjectLocation) add(basicCourtOf(f.courts, f.subjectLocation), '标的物所在地基层人民法院');
  return list;
}

const basicCourtOf = (courts: CourtRef[], address: string) =>
  courts.find((c) => c.level === 'basic' && c.areaNames.some((area) => address.startsWith(area)));
