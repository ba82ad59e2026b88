import { constants } from 'node:buffer';
import { open } from 'node:fs/promises';
import { CercleError } from '../../core/errors';

const sizeText = (n: number) => (n >= 2 ** 30 ? `${(n / 2 ** 30).toFixed(1)} GB` : `${Math.round(n / 2 ** 20)} MB`);

/** Read 64 MB at a time: one read call is limited to 2 GiB. */
const PIECE = 64 * 2 ** 20;

/**
 * Reads a whole client file. Node's readFile refuses files over 2 GiB (ERR_FS_FILE_TOO_LARGE), which a client
 * of about 6M interactions reaches: read in pieces, such a client saved fine and then could not be opened.
 * A file larger than a buffer can hold is refused by name. `undefined` when the file does not exist.
 */
export async function readClientFile(
  file: string,
  { maxBytes = constants.MAX_LENGTH, piece = PIECE }: { maxBytes?: number; piece?: number } = {},
): Promise<Buffer | undefined> {
  let fh;
  try {
    fh = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CercleError(
      'client.unreadable',
      { file, detail: (err as NodeJS.ErrnoException).code ?? (err as Error).message },
      { cause: err },
    );
  }
  try {
    const { size } = await fh.stat();
    if (size > maxBytes) throw new CercleError('client.too-large', { file, size: sizeText(size), max: sizeText(maxBytes) });
    const bytes = Buffer.allocUnsafe(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await fh.read(bytes, at, Math.min(piece, size - at), at);
      if (bytesRead === 0) break; // shortened while read: what is there is checked when opened
      at += bytesRead;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } catch (err) {
    if (err instanceof CercleError) throw err;
    throw new CercleError(
      'client.unreadable',
      { file, detail: (err as NodeJS.ErrnoException).code ?? (err as Error).message },
      { cause: err },
    );
  } finally {
    await fh.close();
  }
}
