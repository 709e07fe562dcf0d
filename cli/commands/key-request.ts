import { writeFile } from 'node:fs/promises';
import { KEY_REQUEST_EXTENSION, makeKeyRequest, writeKeyRequest } from '../../shared/keys/key-request';
import { failure, type Context, type Outcome } from '../context';

export interface RequestOptions {
  readonly serverId: string;
  readonly sen?: string;
  readonly entity?: string;
  /** Where to write; `-` for standard output; by default conex-request-<server ID>.conexrequest here. */
  readonly output?: string;
}

/** `conex key request`: writes the request file an administrator carries to a computer with the app. Exit 2 on bad fields or a file that exists. */
export async function keyRequest(options: RequestOptions, ctx: Context): Promise<Outcome> {
  const request = makeKeyRequest(options, ctx.now);
  if (!request.ok) return failure(ctx.t(request.error.messageKey), 2);
  const text = writeKeyRequest(request.value);
  if (options.output === '-') return { stdout: text, stderr: '', code: 0 };
  const file = options.output ?? `conex-request-${request.value.serverId.replace(/[^A-Za-z0-9._-]/g, '_')}.${KEY_REQUEST_EXTENSION}`;
  try {
    // Never overwrite: a request already written may be on its way.
    await writeFile(file, text, { flag: 'wx' });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'EEXIST') return failure(ctx.t('cli:files.exists', { file }), 2);
    if (code === 'EACCES' || code === 'EPERM') return failure(ctx.t('cli:files.denied', { file }), 2);
    if (code === 'ENOENT') return failure(ctx.t('cli:files.notFound', { file }), 2);
    return failure(ctx.t('cli:files.unreadable', { file, reason: String(code ?? e) }), 2);
  }
  const body = ctx.json ? `${JSON.stringify({ file, request: request.value }, null, 2)}\n` : `${ctx.t('cli:request.written', { file })}\n`;
  return { stdout: body, stderr: '', code: 0 };
}
