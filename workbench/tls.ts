/**
 * A certificate for `npm start -- --https`: the local page over HTTPS and HTTP/2, as SharePoint Online serves its pages,
 * REST API and SPFx bundles. HTTP/2 sends every request of a page over one connection at once; over HTTP/1.1 a browser
 * opens six connections per host and queues the rest, which on a phone's 3G costs half a second per queued wave
 * (bench/phone/run.ts measures both).
 *
 * The certificate is self-signed for localhost and 127.0.0.1, made once per data folder with Debian's `openssl`, and
 * kept in `<data>/tls/`. A browser warns about it (the benchmark and the tests tell Chromium to accept it); it is for
 * this machine only.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface ITlsFiles {
  readonly key: Buffer;
  readonly cert: Buffer;
}

/** The data folder's certificate and key, made when missing; a clear error when `openssl` is not installed. */
export function localCertificate(dataDir: string): ITlsFiles {
  const dir = path.join(dataDir, 'tls');
  const keyFile = path.join(dir, 'localhost-key.pem');
  const certFile = path.join(dir, 'localhost.pem');
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) {
    fs.mkdirSync(dir, { recursive: true });
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '825', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1', '-keyout', keyFile, '-out', certFile],
        { stdio: 'pipe' },
      );
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      throw new Error(missing ? '--https needs openssl to make a local certificate: sudo apt-get install -y openssl' : `openssl could not make a local certificate: ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    }
  }
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}
