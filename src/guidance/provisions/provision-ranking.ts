// Ranking legal provisions for a case (法律规定推送): the category tag weighs most, then each keyword found in the
// claims or the facts; every match is reported as the reason the provision is shown.

/** Tag for provisions that apply to any dispute brought to people's mediation. */
export const GENERAL_TAG = '通用';

export interface RankableProvision {
  id: string;
  categories: readonly string[];
  keywords: readonly string[];
}

export interface CaseText {
  category: string;
  facts: string;
  claims: string;
}

export interface RankedProvision<P> {
  provision: P;
  score: number;
  why: string[];
}

const WEIGHT = { category: 10, general: 2, claimKeyword: 4, factKeyword: 3 };

export function rankProvisions<P extends RankableProvision>(provisions: readonly P[], c: CaseText, limit = 12): RankedProvision<P>[] {
  const ranked = provisions.map((provision) => {
    let score = 0;
    const why: string[] = [];
    if (provision.categories.includes(c.category)) {
      score += WEIGHT.category;
      why.push(`案由“${c.category}”`);
    } else if (provision.categories.includes(GENERAL_TAG)) {
      score += WEIGHT.general;
      why.push('适用于各类调解案件');
    }
    const inClaims = provision.keywords.filter((k) => c.claims.includes(k));
    const inFacts = provision.keywords.filter((k) => !inClaims.includes(k) && c.facts.includes(k));
    score += inClaims.length * WEIGHT.claimKeyword + inFacts.length * WEIGHT.factKeyword;
    if (inClaims.length) why.push(`请求事项提到：${inClaims.join('、')}`);
    if (inFacts.length) why.push(`事实与理由提到：${inFacts.join('、')}`);
    return { provision, score, why };
  });
  return ranked
    .filter((r) => r.score > WEIGHT.general || (r.score > 0 && r.why.length > 0))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
