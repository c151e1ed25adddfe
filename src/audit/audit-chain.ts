import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export const GENESIS_HASH = '0'.repeat(64);

/** A seal's hash: the previous seal's hash, the batch's transaction range and its records' hashes, in order. */
export function sealHash(prevHash: string, fromTxid: string, toTxid: string, recordIds: string[], recordHashes: string[]): string {
  const hash = createHash('sha256').update(`${prevHash}|${fromTxid}|${toTxid}`);
  recordIds.forEach((id, i) => hash.update(`|${id}:${recordHashes[i]}`));
  return hash.digest('hex');
}

export interface SealRow {
  id: string; from_txid: string; to_txid: string; record_ids: string[]; record_hashes: string[]; prev_hash: string; hash: string;
}

export type ChainBreak =
  | { kind: 'seal'; sealId: string; reason: string }
  | { kind: 'record'; recordId: string; sealId: string; reason: 'changed' | 'deleted' | 'added' };

export interface ChainReport {
  ok: boolean;
  seals: number;
  records: number;
  /** The first place the chain does not hold, in order. */
  firstBreak: ChainBreak | null;
}

/**
 * Walks the chain from the first seal: each seal must carry the previous one's hash and hash to itself; the records of
 * its transaction range, as they are now, must be exactly the ones sealed with the same hashes.
 */
export async function verifyChain(manager: EntityManager): Promise<ChainReport> {
  const seals: SealRow[] = await manager.query(
    `SELECT id::text, from_txid::text, to_txid::text, record_ids::text[] AS record_ids, record_hashes, prev_hash, hash FROM audit_seals ORDER BY id`);
  let prev = GENESIS_HASH;
  let records = 0;
  for (const seal of seals) {
    if (seal.prev_hash !== prev) return broken(seals.length, records, { kind: 'seal', sealId: seal.id, reason: '与上一批的哈希不相接' });
    if (sealHash(seal.prev_hash, seal.from_txid, seal.to_txid, seal.record_ids, seal.record_hashes) !== seal.hash) {
      return broken(seals.length, records, { kind: 'seal', sealId: seal.id, reason: '封存批次本身被改动' });
    }
    const now: { id: string; hash: string }[] = await manager.query(
      `SELECT a.id::text, audit_record_hash(a) AS hash FROM audit_log a WHERE a.txid >= $1::xid8 AND a.txid < $2::xid8 ORDER BY a.id`,
      [seal.from_txid, seal.to_txid]);
    const found = new Map(now.map((r) => [r.id, r.hash]));
    for (const [i, id] of seal.record_ids.entries()) {
      const hash = found.get(id);
      if (hash === undefined) return broken(seals.length, records, { kind: 'record', recordId: id, sealId: seal.id, reason: 'deleted' });
      if (hash !== seal.record_hashes[i]) return broken(seals.length, records, { kind: 'record', recordId: id, sealId: seal.id, reason: 'changed' });
      found.delete(id);
      records++;
    }
    const [extra] = found.keys();
    if (extra) return broken(seals.length, records, { kind: 'record', recordId: extra, sealId: seal.id, reason: 'added' });
    prev = seal.hash;
  }
  return { ok: true, seals: seals.length, records, firstBreak: null };
}

function broken(seals: number, records: number, firstBreak: ChainBreak): ChainReport {
  return { ok: false, seals, records, firstBreak };
}

export function describeBreak(b: ChainBreak): string {
  if (b.kind === 'seal') return `封存批次 #${b.sealId}：${b.reason}`;
  const what = { changed: '内容被修改', deleted: '已被删除', added: '是封存后插入的' }[b.reason];
  return `审计记录 #${b.recordId}（封存批次 #${b.sealId}）${what}`;
}
