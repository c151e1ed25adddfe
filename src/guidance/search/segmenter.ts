// Chinese word segmentation (分词) with jieba (@node-rs/jieba ships its native binary in the npm package). PostgreSQL's
// parser cannot split Chinese into words, so we segment here and hand PostgreSQL space-separated words
// (to_tsvector('simple', …)), the same at indexing and at query time.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;

/** The dictionary is immutable and loads in ~0.3 s, so one instance per process. */
function instance(): Jieba {
  return (jieba ??= Jieba.withDict(dict));
}

// Words too common in dispute summaries to tell one case from another.
const STOP_WORDS = new Set([
  '的', '了', '和', '与', '及', '或', '在', '向', '对', '将', '把', '被', '为', '是', '有', '无', '未', '已', '并', '但',
  '等', '其', '该', '此', '后', '前', '内', '时', '由', '从', '至', '于', '要求', '请求', '申请人', '被申请人', '双方',
  '一方', '当事人', '元', '万元', '年', '月', '日', '某', '某某', '因', '以', '上述',
]);

/** Content words of a text, in order, lower-cased; punctuation, bare numbers and stop words dropped. */
export function segment(text: string): string[] {
  return instance()
    .cutForSearch(text, true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && /[\p{L}]/u.test(w) && !STOP_WORDS.has(w) && !/^[\p{P}\p{S}\s]+$/u.test(w))
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0 && !(w.length === 1 && !/[\p{Script=Han}]/u.test(w)));
}

/** Distinct query words, at most `max`, longest (most specific) first when there are too many. */
export function queryTerms(text: string, max = 8): string[] {
  const distinct = [...new Set(segment(text))].filter((w) => !(w.length === 1 && /[\p{Script=Han}]/u.test(w)));
  return distinct.length <= max ? distinct : [...distinct].sort((a, b) => b.length - a.length).slice(0, max);
}

/** The string given to to_tsvector('simple', …). */
export function documentText(text: string): string {
  return segment(text).join(' ');
}
