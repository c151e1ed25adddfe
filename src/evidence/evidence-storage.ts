import { createHash, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';
import { DomainError } from '../common/errors/domain-error';
import { allowedMimeType, cleanFileName } from './evidence-files';
import { SNIFF_BYTES, contentMismatch } from './file-sniffing';

/** An upload received into a temporary file, not yet evidence (EvidenceService moves it into place in its transaction). */
export interface ReceivedFile {
  originalname: string;
  mimetype: string;
  /** The temporary file, mode 0600, flushed to disk. */
  path: string;
  size: number;
  sha256: string;
}

/**
 * The name and type a received upload is stored under. A type that is not allowed is refused, and its temporary file
 * removed at once (nothing was stored yet).
 */
export async function acceptedUpload(file: ReceivedFile): Promise<{ fileName: string; mimeType: string }> {
  const fileName = cleanFileName(file.originalname);
  const mimeType = allowedMimeType(fileName, file.mimetype);
  if (mimeType) return { fileName, mimeType };
  await fs.rm(file.path, { force: true });
  throw new DomainError('FILE_TYPE_NOT_ALLOWED');
}

interface IncomingFile {
  originalname: string;
  stream: NodeJS.ReadableStream;
}

/**
 * multer storage for evidence: streams the file to a temporary file beside the uploads (never the whole file in
 * memory), hashing it on the way. The first bytes are sniffed before anything is written: content that does not
 * match the extension (a PNG named 借条.pdf) is refused and nothing touches the disk.
 */
export class EvidenceStorage implements StorageEngine {
  constructor(private readonly incomingDir: string) {}

  _handleFile(_req: Request, file: IncomingFile, callback: (error?: unknown, info?: Partial<ReceivedFile>) => void): void {
    receive(file, this.incomingDir).then((info) => callback(null, info), (error) => callback(error));
  }

  _removeFile(_req: Request, file: { path?: string }, callback: (error: Error | null) => void): void {
    if (!file.path) return callback(null);
    fs.rm(file.path, { force: true }).then(() => callback(null), callback);
  }
}

async function receive(file: IncomingFile, incomingDir: string): Promise<Pick<ReceivedFile, 'path' | 'size' | 'sha256'>> {
  const chunks = file.stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>; // busboy gives Buffers
  const head = await readHead(chunks);
  const mismatch = contentMismatch(path.extname(cleanFileName(file.originalname)), head.subarray(0, SNIFF_BYTES));
  if (mismatch) {
    file.stream.resume(); // let the rest of the body drain
    throw new DomainError('FILE_CONTENT_MISMATCH', mismatch);
  }
  await fs.mkdir(incomingDir, { recursive: true, mode: 0o700 });
  const target = path.join(incomingDir, randomUUID());
  const handle = await fs.open(target, 'wx', 0o600);
  const hash = createHash('sha256');
  let size = 0;
  const write = async (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
    await handle.write(chunk);
  };
  try {
    await write(head);
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) await write(next.value);
    await handle.sync(); // on disk before anyone is told it was received
  } catch (error) {
    await handle.close();
    await fs.rm(target, { force: true });
    throw error;
  }
  await handle.close();
  return { path: target, size, sha256: hash.digest('hex') };
}

/** At least SNIFF_BYTES from the start of the stream (less when the file is shorter). */
async function readHead(chunks: AsyncIterator<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < SNIFF_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return Buffer.concat(parts);
}
