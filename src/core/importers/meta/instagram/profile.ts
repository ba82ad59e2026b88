import type { ImportContext, ImportSink, InputFile } from '../../types';
import { ImportError } from '../../../errors';
import { resolveOwner } from '../shared/owner';

/**
 * personal_information.json / profile.json hold no engagement, but they name the account: importing
 * one declares the owner as the brand, so the brand identity exists even in a partial export.
 */
export async function importProfile(file: InputFile, sink: ImportSink, ctx: ImportContext): Promise<void> {
  const owner = await resolveOwner(file, ctx, sink, 'instagram');
  if (!owner.known) throw new ImportError('import.profile-no-username', { file: file.path });
  const ref = owner.ref();
  sink.identity(ref);
}
